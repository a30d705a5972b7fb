package io.yaoshi.ui.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.Tag;
import io.yaoshi.i18n.Messages;
import io.yaoshi.service.validation.TagValidator;
import io.yaoshi.ui.common.FailureText;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The tag rows shared by the new-key-pair and edit-tags forms, checked live as those forms check them. */
class TagEditorViewModelTest {

    private final TagValidator rules = new TagValidator();
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);

    /** An editor whose rows are checked on every edit, the way the forms that embed it wire it. */
    private TagEditorViewModel editor(Locale locale, List<Tag> initial) {
        TagEditorViewModel editor = new TagEditorViewModel(new FailureText(Messages.forLocale(locale)), initial,
                enabled);
        editor.rows().addListener((ListChangeListener<TagRow>) change -> editor.show(rules.validate(editor.tags())));
        return editor;
    }

    private static List<Tag> numbered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new Tag("key" + i, "value" + i)).toList();
    }

    private static List<String> messages(TagEditorViewModel editor) {
        return editor.rows().stream().map(row -> row.messageProperty().get()).toList();
    }

    @Test
    void addedRowsBecomeTagsOnceFilledAndRemovedRowsAreGone() {
        TagEditorViewModel editor = editor(Locale.ENGLISH, List.of(new Tag("env", "prod")));
        assertEquals(List.of(new Tag("env", "prod")), editor.tags());

        editor.addCommand().execute();
        assertEquals(2, editor.rows().size());
        assertEquals(List.of(new Tag("env", "prod")), editor.tags(), "a row left empty is not a tag");

        editor.rows().get(1).keyProperty().set("owner");
        assertEquals(List.of(new Tag("env", "prod"), new Tag("owner", "")), editor.tags());
        assertEquals(List.of("", ""), messages(editor), "an empty value is allowed");

        editor.remove(editor.rows().get(0));
        assertEquals(List.of(new Tag("owner", "")), editor.tags());
        assertEquals(1, editor.rows().size());
    }

    @Test
    void aKeyUsedTwiceIsMarkedOnTheSecondRowUntilItIsChanged() {
        TagEditorViewModel editor = editor(Locale.ENGLISH, List.of(new Tag("env", "prod")));
        editor.addCommand().execute();

        editor.rows().get(1).keyProperty().set("env");
        editor.rows().get(1).valueProperty().set("test");

        assertEquals(List.of("", "The tag key env is used twice. (Duplicate.TagKey)"), messages(editor));

        editor.rows().get(1).keyProperty().set("stage");

        assertEquals(List.of("", ""), messages(editor));
        assertEquals(List.of(new Tag("env", "prod"), new Tag("stage", "test")), editor.tags());
    }

    @Test
    void eachProblemIsShownOnItsOwnRowPastAnEmptyRowOneAtATime() {
        TagEditorViewModel editor = editor(Locale.ENGLISH, List.of());
        editor.addCommand().execute();
        editor.addCommand().execute();
        editor.addCommand().execute();

        editor.rows().get(0).keyProperty().set("acs:team");
        editor.rows().get(0).valueProperty().set("https://example.com");
        editor.rows().get(2).valueProperty().set("orphan value");

        assertEquals(List.of(new Tag("acs:team", "https://example.com"), new Tag("", "orphan value")),
                editor.tags());
        assertEquals(List.of("A tag key must not start with aliyun or acs:. (InvalidTagKey.Malformed)", "",
                "A tag key cannot be empty. (InvalidTagKey.Malformed)"), messages(editor),
                "the value's problem on row 1 waits until its key is fixed; the empty row 2 is skipped");

        editor.rows().get(0).keyProperty().set("team");

        assertEquals("A tag value must not contain http:// or https://. (InvalidTagValue.Malformed)",
                editor.rows().get(0).messageProperty().get());
    }

    @Test
    void noMoreThanTwentyRowsCanBeAddedAndRemovingOneMakesRoomAgain() {
        TagEditorViewModel editor = editor(Locale.ENGLISH, numbered(19));
        assertTrue(editor.addCommand().isExecutable());

        editor.addCommand().execute();

        assertEquals(20, editor.rows().size());
        assertFalse(editor.addCommand().isExecutable());
        editor.addCommand().execute();
        assertEquals(20, editor.rows().size(), "a stale click adds nothing");

        editor.remove(editor.rows().get(0));

        assertEquals(19, editor.rows().size());
        assertTrue(editor.addCommand().isExecutable());
    }

    @Test
    void tooManyTagsFromElsewhereAreReportedUnderTheListInTheUsersLanguage() {
        TagEditorViewModel english = editor(Locale.ENGLISH, numbered(21));
        english.show(rules.validate(english.tags()));
        assertFalse(english.addCommand().isExecutable());
        assertEquals("21 tags given; at most 20 are allowed. (QuotaExceed.Tags)", english.tagsErrorProperty().get());
        assertEquals(List.of(""), messages(english).stream().distinct().toList(), "no row is to blame");

        english.remove(english.rows().get(20));
        assertEquals("", english.tagsErrorProperty().get());

        TagEditorViewModel chinese = editor(Locale.SIMPLIFIED_CHINESE, numbered(21));
        chinese.show(rules.validate(chinese.tags()));
        assertEquals("共 21 个标签，最多允许 20 个。（QuotaExceed.Tags）", chinese.tagsErrorProperty().get());
    }

    @Test
    void noRowCanBeAddedWhileTheFormIsBusy() {
        TagEditorViewModel editor = editor(Locale.ENGLISH, List.of());
        enabled.set(false);

        assertFalse(editor.addCommand().isExecutable());
        editor.addCommand().execute();
        assertEquals(0, editor.rows().size());

        enabled.set(true);
        assertTrue(editor.addCommand().isExecutable());
    }
}
