package io.yaoshi.ui.keydetails;

import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.i18n.Messages;
import io.yaoshi.ui.common.Command;
import io.yaoshi.ui.keyrow.KeyRow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/** Everything about the selected key pair, as display texts: fingerprints, public key, placement, state, tags. */
public final class KeyDetailsViewModel {

    private final ObservableValue<KeyRow> selected;
    private final Messages text;
    private final Command copyPublicKey;

    /** @param copyPublicKey the main window's "Copy Public Key", so both places share its clipboard handling */
    public KeyDetailsViewModel(ObservableValue<KeyRow> selected, Messages text, Command copyPublicKey) {
        this.selected = selected;
        this.text = text;
        this.copyPublicKey = copyPublicKey;
    }

    public Command copyPublicKeyCommand() {
        return copyPublicKey;
    }

    public BooleanBinding hasSelectionBinding() {
        return Bindings.createBooleanBinding(() -> selected.getValue() != null, selected);
    }

    public StringBinding nameBinding() {
        return row(KeyRow::name);
    }

    /** "Aliyun · 华东1（杭州） · RSA 2048". */
    public StringBinding summaryBinding() {
        return row(r -> String.join("  ·  ", List.of(r.provider(), r.region(), r.type()).stream()
                .filter(s -> !s.isEmpty()).toList()));
    }

    public StringBinding md5Binding() {
        return key(k -> k.fingerprints().md5());
    }

    public StringBinding sha256Binding() {
        return key(k -> k.fingerprints().sha256());
    }

    public StringBinding providerFingerprintBinding() {
        return key(k -> k.fingerprints().provider());
    }

    public StringBinding publicKeyBinding() {
        return key(KeyPairRecord::publicKey);
    }

    /** Origin, remote state and, for an entry without private key, that fact: "Generated here · local only". */
    public StringBinding stateBinding() {
        return key(k -> capitalised(text.get("origin." + k.origin().id()) + "  ·  "
                + text.get("remoteState." + k.remoteState().id())
                + (k.hasPrivateKey() ? "" : "  ·  " + text.get("keydetails.publicOnly"))));
    }

    /** The words come lower case, as the command line's columns show them; a line of their own starts upper case. */
    private String capitalised(String line) {
        return line.isEmpty() ? line : line.substring(0, 1).toUpperCase(text.locale()) + line.substring(1);
    }

    public StringBinding createdBinding() {
        return row(KeyRow::created);
    }

    /** The selection itself, for views that rebuild nodes when it changes (the tag chips). */
    public ObservableValue<KeyRow> selectionProperty() {
        return selected;
    }

    /** The selected key pair's tags as chip texts: "env = prod", or the key alone when the value is empty. */
    public List<String> tagChips() {
        return selected.getValue() == null ? List.of() : selected.getValue().tagChips();
    }

    private StringBinding row(Function<KeyRow, String> value) {
        return Bindings.createStringBinding(() -> selected.getValue() == null ? ""
                : value.apply(selected.getValue()), selected);
    }

    private StringBinding key(Function<KeyPairRecord, String> value) {
        return row(r -> value.apply(r.key()));
    }
}
