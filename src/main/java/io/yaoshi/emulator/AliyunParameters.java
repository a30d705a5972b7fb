package io.yaoshi.emulator;

import io.yaoshi.domain.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reading Aliyun's flattened parameters (Aliyun's RPC encoding of list parameters): {@code Tag.N.Key} / {@code
 * Tag.N.Value}, N from 1.
 */
final class AliyunParameters {

    private static final Pattern TAG = Pattern.compile("Tag\\.(\\d{1,4})\\.(Key|Value)");

    private AliyunParameters() {
    }

    /** The tags in order of N; a value without its key becomes a tag with an empty key, which the rules refuse. */
    static List<Tag> tags(Map<String, String> parameters) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String name : parameters.keySet()) {
            Matcher m = TAG.matcher(name);
            if (m.matches()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        List<Tag> tags = new ArrayList<>();
        for (int n : numbers) {
            tags.add(new Tag(parameters.getOrDefault("Tag." + n + ".Key", ""),
                    parameters.getOrDefault("Tag." + n + ".Value", "")));
        }
        return tags;
    }

    /** {@code KeyPairName} as DescribeKeyPairs reads it: exact, or with {@code *} standing for any text. */
    static Pattern namePattern(String filter) {
        String regex = Arrays.stream(filter.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.DOTALL);
    }
}
