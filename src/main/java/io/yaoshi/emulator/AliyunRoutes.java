package io.yaoshi.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.RegionCatalog;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.PlacementValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Aliyun ECS's RPC API for key pairs: GET or POST at the context's root, parameters from the query string and a
 * form body together (Aliyun's RPC request structure). Gateway checks first ({@link AliyunAuthenticator}), then
 * scripted faults, then the action.
 */
final class AliyunRoutes implements HttpHandler {

    private final AliyunAuthenticator authenticator;
    private final Faults faults;
    private final Map<String, Function<AliyunRequest, Reply>> actions;

    AliyunRoutes(EmulatorAccounts accounts, EmulatorState state, Faults faults, Clock clock) {
        this.authenticator = new AliyunAuthenticator(accounts.aliyunSecrets(), clock);
        this.faults = faults;
        RegionCatalog regions = RegionCatalog.bundled();
        AliyunKeyPairActions create = new AliyunKeyPairActions(state, KeyPairRules.forCloud(regions), clock);
        AliyunListActions list = new AliyunListActions(state, PlacementValidator.forCloud(regions));
        AliyunTagActions tags = new AliyunTagActions(state);
        RegionActions regionList = new RegionActions(regions);
        AliyunInstanceActions instances = new AliyunInstanceActions(state, PlacementValidator.forCloud(regions));
        AliyunBindingActions binding = new AliyunBindingActions(state, PlacementValidator.forCloud(regions));
        this.actions = Map.ofEntries(Map.entry("CreateKeyPair", create::create),
                Map.entry("ImportKeyPair", create::importKey), Map.entry("DescribeKeyPairs", list::describe),
                Map.entry("DeleteKeyPairs", list::delete), Map.entry("TagResources", tags::tag),
                Map.entry("UntagResources", tags::untag), Map.entry("DescribeRegions", regionList::describeRegions),
                Map.entry("DescribeInstances", instances::describe), Map.entry("AttachKeyPair", binding::attach),
                Map.entry("DetachKeyPair", binding::detach), Map.entry("RebootInstance", binding::reboot),
                Map.entry("StartInstance", binding::start), Map.entry("StopInstance", binding::stop));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("ecs.aliyuncs.com");
            String requestId = UUID.randomUUID().toString().toUpperCase();
            byte[] body = Exchanges.readBody(exchange);
            Map<String, String> parameters = new LinkedHashMap<>(Exchanges.queryParameters(exchange));
            AliyunRequest request = new AliyunRequest(exchange.getRequestMethod(), parameters, host, requestId);
            if (body == null) {
                Exchanges.send(exchange, request.error(413, "RequestEntityTooLarge", "The request body is too large."));
                return;
            }
            if (Exchanges.isForm(exchange)) {
                Exchanges.decodeForm(new String(body, StandardCharsets.UTF_8), parameters);
                request = new AliyunRequest(exchange.getRequestMethod(), parameters, host, requestId);
            }
            answer(exchange, request);
        }
    }

    private void answer(HttpExchange exchange, AliyunRequest request) throws IOException {
        Optional<Reply> refused = authenticator.check(request);
        if (refused.isPresent()) {
            Exchanges.send(exchange, refused.get());
            return;
        }
        String action = request.parameter("Action");
        Function<AliyunRequest, Reply> perform = actions.get(action);
        if (perform == null) {
            Exchanges.send(exchange, request.error(404, "InvalidAction.NotFound",
                    "Specified api is not found, please check your url and method."));
            return;
        }
        FaultPlayer.answer(exchange, faults.take(ProviderId.ALIYUN, action), () -> perform.apply(request),
                kind -> kind == Fault.Kind.THROTTLED
                        ? request.error(400, "Throttling.User", "Request was denied due to user flow control.")
                        : request.error(500, "InternalError",
                                "The request processing has failed due to some unknown error."));
    }
}
