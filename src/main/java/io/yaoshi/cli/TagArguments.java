package io.yaoshi.cli;

import io.yaoshi.domain.Tag;
import java.util.ArrayList;
import java.util.List;

/** {@code KEY=VALUE} arguments as tags; the value may be empty ({@code env=}) and may itself contain '='. */
final class TagArguments {

    private TagArguments() {
    }

    static List<Tag> parse(List<String> arguments) {
        List<Tag> tags = new ArrayList<>();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            tags.add(eq < 0 ? new Tag(argument, "") : new Tag(argument.substring(0, eq), argument.substring(eq + 1)));
        }
        return tags;
    }

    static String format(List<Tag> tags) {
        return String.join(", ", tags.stream().map(t -> t.key() + "=" + t.value()).toList());
    }
}
