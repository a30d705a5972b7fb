package io.yaoshi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A Markdown result file built line by line, echoed to stdout as it grows. */
final class Report {

    private final StringBuilder markdown = new StringBuilder();

    Report(String title) {
        append("# " + title + "\n\n" + "Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores\n");
    }

    void section(String title) {
        append("\n## " + title + "\n\n| what | figure |\n| --- | --- |\n");
    }

    void row(String what, String figure) {
        append("| " + what + " | " + figure + " |\n");
    }

    void write(Path file) throws IOException {
        Files.writeString(file, markdown);
    }

    static String seconds(long nanos) {
        return String.format("%.3f s", nanos / 1e9);
    }

    static String millis(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    static String secondsList(List<Long> nanos) {
        return nanos.stream().map(Report::seconds).collect(Collectors.joining(", "));
    }

    private void append(String text) {
        markdown.append(text);
        System.out.print(text);
    }
}
