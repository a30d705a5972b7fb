package io.yaoshi.ui.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a caller chose cannot reshape the question the window asks. */
class CommandConsentDialogTest {

    @Test
    void controlBidiAndLineSeparatorsInACallersArgumentAreShownAsEscapes() {
        assertEquals("/tmp/a\\u000AAllow is safe\\u202Emep.", CommandConsentDialog.visible(
                "/tmp/a\nAllow is safe\u202Emep."));
        assertEquals("/tmp/密钥 web.pem", CommandConsentDialog.visible("/tmp/密钥 web.pem"));
        assertEquals("x\\u2028y\\u200Bz", CommandConsentDialog.visible("x\u2028y\u200Bz"));
        assertEquals(7, CommandConsentDialog.visible(7));
    }
}
