package io.yaoshi.ui.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.agent.AgentRequest;
import io.yaoshi.agent.Destination;
import io.yaoshi.agent.OfferedKey;
import io.yaoshi.agent.RecentRequests;
import io.yaoshi.agent.SignedData;
import io.yaoshi.domain.AgentPolicy;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.i18n.Messages;
import io.yaoshi.keys.KeyGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentRequestsViewModelTest {

    private static final OfferedKey WEB = new OfferedKey("id", "web", "SHA256:abc", new KeyGenerator(
            new SecureRandom()).generate(KeyAlgorithm.ED25519, "web").publicKey(), AgentPolicy.DEFAULT);
    private static final SignedData LOGIN = new SignedData.Login(new byte[] {1}, "deploy", Optional.empty());

    private final RecentRequests requests = new RecentRequests(2);

    private void record(long second, SignedData what, Optional<Destination> to, boolean forwarded,
                        AgentRequest.Outcome outcome) {
        requests.record(new AgentRequest(Instant.ofEpochSecond(second), WEB, what, to, forwarded, outcome));
    }

    @Test
    void eachRequestSaysWhenWhichKeyWhereForwardedAndWhoDecided() {
        record(1, new SignedData.SshSig("git"), Optional.empty(), false, AgentRequest.Outcome.SIGNED);
        record(2, LOGIN, Optional.of(new Destination("SHA256:host", Optional.of("web.example.com"), true)), true,
                AgentRequest.Outcome.REFUSED);

        List<RecentRequestsViewModel.Row> rows = new RecentRequestsViewModel(requests, Messages.forLocale(
                Locale.SIMPLIFIED_CHINESE), ZoneOffset.UTC).rows();

        assertEquals(2, rows.size());
        RecentRequestsViewModel.Row newest = rows.get(0);
        assertEquals("web", newest.key());
        assertEquals("deploy@web.example.com", newest.target());
        assertEquals("转发的", newest.forwarded());
        assertEquals("已拒绝（禁止转发）", newest.decision());
        assertFalse(newest.signed());
        assertEquals("01-01 00:00:02", newest.time());
        RecentRequestsViewModel.Row oldest = rows.get(1);
        assertEquals("命名空间 git", oldest.target());
        assertEquals("", oldest.forwarded());
        assertTrue(oldest.signed());
    }

    @Test
    void theListKeepsTheNewestAndAnUnnamedHostByItsFingerprint() {
        record(1, new SignedData.SshSig("git"), Optional.empty(), false, AgentRequest.Outcome.SIGNED);
        record(2, LOGIN, Optional.of(new Destination("SHA256:host", Optional.empty(), true)), false,
                AgentRequest.Outcome.ALLOWED);
        record(3, LOGIN, Optional.empty(), false, AgentRequest.Outcome.DENIED);
        RecentRequestsViewModel model = new RecentRequestsViewModel(requests, Messages.forLocale(Locale.ENGLISH),
                ZoneOffset.UTC);

        assertEquals(List.of("deploy@(host not told)", "deploy@SHA256:host"),
                model.rows().stream().map(RecentRequestsViewModel.Row::target).toList());
        assertEquals(List.of("Denied (or no answer)", "Allowed by you"),
                model.rows().stream().map(RecentRequestsViewModel.Row::decision).toList());
    }
}
