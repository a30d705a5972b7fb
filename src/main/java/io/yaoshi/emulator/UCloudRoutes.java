package io.yaoshi.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.provider.ucloud.UCloudSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * UCloud's API for UHost key pairs: POST with a JSON or form body, or GET with a query (UCloud's API request format).
 * API failures are HTTP 200 with a non-zero RetCode: 170 no signature, 172 unknown PublicKey, 171 wrong signature, 160
 * no Action, 161 unknown Action, 292 a ProjectId other than the account's.
 */
final class UCloudRoutes implements HttpHandler {

    private final EmulatorAccounts accounts;
    private final Faults faults;
    private final Map<String, Function<UCloudRequest, Reply>> actions;

    UCloudRoutes(EmulatorAccounts accounts, EmulatorState state, Faults faults, Clock clock) {
        this.accounts = accounts;
        this.faults = faults;
        UCloudKeyPairActions keyPairs = new UCloudKeyPairActions(state, clock);
        RegionActions regions = new RegionActions(io.yaoshi.domain.RegionCatalog.bundled());
        UCloudInstanceActions hosts = new UCloudInstanceActions(state);
        UCloudBindingActions binding = new UCloudBindingActions(state);
        this.actions = Map.ofEntries(Map.entry("CreateUHostKeyPair", keyPairs::create),
                Map.entry("ImportUHostKeyPairs", keyPairs::importKey),
                Map.entry("DescribeUHostKeyPairs", keyPairs::describe),
                Map.entry("DeleteUHostKeyPairs", keyPairs::delete), Map.entry("GetRegion", regions::getRegion),
                Map.entry("DescribeUHostInstance", hosts::describe),
                Map.entry("ResetUHostInstancePassword", binding::reset),
                Map.entry("StartUHostInstance", binding::start),
                Map.entry("RebootUHostInstance", binding::reboot), Map.entry("StopUHostInstance", binding::stop));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-UCLOUD-REQUEST-UUID", UUID.randomUUID().toString());
            byte[] body = Exchanges.readBody(exchange);
            if (body == null) {
                Exchanges.send(exchange, new Reply(413, UCloudRequest.envelope("", 230, "Request body too large")));
                return;
            }
            answer(exchange, UCloudParameters.read(exchange, body));
        }
    }

    private void answer(HttpExchange exchange, Map<String, String> parameters) throws IOException {
        UCloudRequest anonymous = new UCloudRequest(parameters, "");
        String signature = anonymous.parameter("Signature");
        EmulatorAccounts.UCloudAccount account = accounts.ucloudAccounts().get(anonymous.parameter("PublicKey"));
        Reply refused = null;
        if (signature.isEmpty()) {
            refused = anonymous.failure(170, "Missing signature");
        } else if (account == null) {
            refused = anonymous.failure(172, "User not exist");
        } else if (!MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                UCloudSigner.sign(parameters, account.privateKey().toCharArray()).getBytes(StandardCharsets.UTF_8))) {
            refused = anonymous.failure(171, "Signature VerifyAC Error");
        } else if (anonymous.action().isEmpty()) {
            refused = anonymous.failure(160, "Missing Action");
        } else if (!actions.containsKey(anonymous.action())) {
            refused = anonymous.failure(161, "Action [" + anonymous.action() + "] not available");
        } else if (!anonymous.parameter("ProjectId").isEmpty()
                && !anonymous.parameter("ProjectId").equals(account.projectId())) {
            refused = anonymous.failure(292, "Project [" + anonymous.parameter("ProjectId") + "] not exist");
        }
        if (refused != null) {
            Exchanges.send(exchange, refused);
            return;
        }
        UCloudRequest request = new UCloudRequest(parameters, account.projectId());
        FaultPlayer.answer(exchange, faults.take(ProviderId.UCLOUD, request.action()),
                () -> actions.get(request.action()).apply(request),
                kind -> kind == Fault.Kind.THROTTLED ? request.failure(153, "Request throttled")
                        : new Reply(500, UCloudRequest.envelope(request.action(), 150, "InternalError")));
    }
}
