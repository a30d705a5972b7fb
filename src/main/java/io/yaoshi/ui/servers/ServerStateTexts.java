package io.yaoshi.ui.servers;

import io.yaoshi.i18n.Messages;

/** A cloud's word for a server's state, in the user's language where it is one both clouds use; as given otherwise. */
public final class ServerStateTexts {

    private final Messages text;

    public ServerStateTexts(Messages text) {
        this.text = text;
    }

    public String of(String state) {
        String key = "servers.state." + state;
        String shown = text.getOrAsIs(key);
        return shown.equals(key) ? state : shown;
    }
}
