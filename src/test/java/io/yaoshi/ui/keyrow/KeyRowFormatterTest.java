package io.yaoshi.ui.keyrow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.i18n.Messages;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeyRowFormatterTest {

    private static KeyRowFormatter formatter(Locale locale) {
        return new KeyRowFormatter(Messages.forLocale(locale), RegionCatalog.bundled(), ZoneId.of("UTC"));
    }

    @Test
    void aRegionNameTwoCloudsShareSaysWhoseItIs() {
        KeyRowFormatter chinese = formatter(Locale.SIMPLIFIED_CHINESE);
        assertEquals("新加坡（阿里云 ap-southeast-1）", chinese.regionName(ProviderId.ALIYUN, "ap-southeast-1"));
        assertEquals("新加坡（UCloud sg）", chinese.regionName(ProviderId.UCLOUD, "sg"));
        assertEquals("Singapore (Aliyun ap-southeast-1)",
                formatter(Locale.ENGLISH).regionName(ProviderId.ALIYUN, "ap-southeast-1"));
    }

    @Test
    void aNameOfItsOwnStaysShortAndAnUnknownRegionShowsItsId() {
        KeyRowFormatter chinese = formatter(Locale.SIMPLIFIED_CHINESE);
        assertEquals("华东1（杭州）", chinese.regionName(ProviderId.ALIYUN, "cn-hangzhou"));
        assertEquals("cn-nowhere-9", chinese.regionName(ProviderId.ALIYUN, "cn-nowhere-9"));
        assertEquals("", chinese.regionName(ProviderId.LOCAL, ""));
    }
}
