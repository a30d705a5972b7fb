package io.yaoshi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two rules about a key pair at its cloud that the service, the sync and the window all follow. */
class KeyPairRecordTest {

    private final KeyPairRecord aliyun = Fixtures.record("web", Placement.aliyun("cn-hangzhou", ""), List.of());

    @Test
    void onlyACloudKeyPairNeitherGoneNorPendingMayExistAtItsCloud() {
        assertTrue(aliyun.mayExistAtCloud());
        assertTrue(aliyun.withRemoteState(RemoteState.ORPHANED).mayExistAtCloud());
        assertFalse(aliyun.withRemoteState(RemoteState.MISSING).mayExistAtCloud());
        assertFalse(aliyun.withRemoteState(RemoteState.PENDING).mayExistAtCloud());
        assertFalse(Fixtures.record("laptop", Placement.local(), List.of()).mayExistAtCloud());
    }

    @Test
    void aliyunKnowsAKeyPairByNameAndUCloudByItsId() {
        assertEquals("web", aliyun.remoteId());
        assertEquals("uhostkp-abc", ProviderId.UCLOUD.remoteIdOf("web", "uhostkp-abc"));
        assertEquals("provider.ucloud", ProviderId.UCLOUD.messageKey());
    }
}
