package io.yaoshi.cli;

import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.ProviderId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yaoshi credentials set|list}: the cloud accounts kept in the vault; secrets are read, never printed. */
@Command(name = "credentials", mixinStandardHelpOptions = true,
        subcommands = {CredentialsCommand.Set.class, CredentialsCommand.ListAccounts.class})
final class CredentialsCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code credentials set aliyun --access-key-id ID} or {@code credentials set ucloud --public-key KEY}. */
    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set extends VaultCommand {

        @Parameters(paramLabel = "aliyun|ucloud", descriptionKey = "cli.param.cloud")
        private String provider;

        @Option(names = "--access-key-id", paramLabel = "ID", descriptionKey = "cli.option.accessKeyId")
        private String accessKeyId;

        @Option(names = "--public-key", paramLabel = "KEY", descriptionKey = "cli.option.publicKey")
        private String publicKey;

        @Option(names = "--project-id", paramLabel = "PROJECT", descriptionKey = "cli.option.projectId")
        private String projectId = "";

        @Option(names = "--endpoint", paramLabel = "URL", descriptionKey = "cli.option.endpoint")
        private String endpoint = "";

        Set(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            ProviderId cloud = Providers.parse(provider, env);
            String keyId = cloud == ProviderId.UCLOUD ? publicKey : accessKeyId;
            if (keyId == null || (cloud == ProviderId.UCLOUD ? accessKeyId : publicKey) != null) {
                throw new CliFailure(ExitCode.USAGE, "usage", env.messages().get(cloud == ProviderId.UCLOUD
                        ? "cli.error.ucloudNeedsPublicKey" : "cli.error.aliyunNeedsAccessKeyId"));
            }
            char[] secret = env.secrets().read(Secrets.SECRET_VARIABLE,
                    env.messages().get("cli.prompt.secret." + cloud.id())).orElse(new char[0]);
            try {
                env.credentials().save(new CloudAccount(cloud, keyId, projectId, endpoint), secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
            env.out().println(env.messages().format("cli.credentials.saved", cloud.id(), keyId));
            return ExitCode.OK;
        }
    }

    /** {@code credentials list [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAccounts extends VaultCommand {

        @Option(names = "--json", descriptionKey = "cli.option.json")
        private boolean json;

        ListAccounts(CliEnvironment env) {
            super(env);
        }

        @Override
        int run() throws Exception {
            List<CloudAccount> accounts = env.credentials().list();
            if (json) {
                env.out().println(new com.fasterxml.jackson.databind.ObjectMapper()
                        .writerWithDefaultPrettyPrinter().writeValueAsString(accounts.stream().map(a -> {
                            Map<String, Object> o = new LinkedHashMap<>();
                            o.put("provider", a.provider().id());
                            o.put("keyId", a.keyId());
                            o.put("projectId", a.projectId().isEmpty() ? null : a.projectId());
                            o.put("endpoint", a.endpoint().isEmpty() ? null : a.endpoint());
                            return o;
                        }).toList()));
            } else if (accounts.isEmpty()) {
                env.out().println(env.messages().get("cli.credentials.none"));
            } else {
                TextTable table = new TextTable(List.of(env.messages().get("keylist.column.provider"),
                        env.messages().get("cli.column.keyId"), env.messages().get("cli.show.project"),
                        env.messages().get("cli.column.endpoint")));
                accounts.forEach(a -> table.add(List.of(a.provider().id(), a.keyId(), a.projectId(),
                        a.endpoint().isEmpty() ? env.messages().get("cli.credentials.defaultEndpoint")
                                : a.endpoint())));
                env.out().print(table.render());
            }
            return ExitCode.OK;
        }
    }
}
