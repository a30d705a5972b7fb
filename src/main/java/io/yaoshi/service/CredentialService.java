package io.yaoshi.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yaoshi.domain.CloudAccount;
import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.VaultProblem;
import io.yaoshi.service.validation.CloudAccountValidator;
import io.yaoshi.service.validation.Validation;
import io.yaoshi.vault.ItemKind;
import io.yaoshi.vault.VaultItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The cloud accounts Yaoshi talks to, one per provider, kept in the vault: the public half as metadata, the secret
 * (AccessKeySecret, UCloud PrivateKey) as the item's secret part, read out only when a request is signed.
 */
public final class CredentialService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VaultSession vault;
    private final CloudAccountValidator rules = new CloudAccountValidator();

    public CredentialService(VaultSession vault) {
        this.vault = vault;
    }

    /** Stores the account for its provider, replacing the previous one; a broken rule stores nothing. */
    public void save(CloudAccount account, char[] secret) throws ValidationException, VaultAccessException {
        Validation verdict = rules.validate(account, secret);
        if (!verdict.isValid()) {
            throw new ValidationException(verdict);
        }
        Optional<Stored> previous = find(account.provider());
        UUID id = previous.map(Stored::id).orElseGet(UUID::randomUUID);
        byte[] meta;
        try {
            meta = JSON.writeValueAsBytes(account);
        } catch (IOException e) {
            throw new IllegalStateException("a record of strings always serialises", e);
        }
        vault.put(new VaultItem(id, ItemKind.CREDENTIAL, ItemFrame.frame(meta, secret)));
        vault.events().record(HistoryEvent.of(HistoryAction.CREDENTIALS_SET).with("provider", account.provider().id())
                .with("accessKeyId", account.keyId()).with("replaced", previous.isPresent()));
    }

    /** Every stored account, without secrets. */
    public List<CloudAccount> list() throws VaultAccessException {
        List<CloudAccount> accounts = new ArrayList<>();
        for (Stored s : stored()) {
            accounts.add(s.account());
        }
        return accounts;
    }

    public Optional<CloudAccount> account(ProviderId provider) throws VaultAccessException {
        return find(provider).map(Stored::account);
    }

    /** The account's secret for signing; the caller wipes it. */
    public Optional<char[]> secret(ProviderId provider) throws VaultAccessException {
        Optional<Stored> stored = find(provider);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ItemFrame.secret(stored.get().item().payload());
        } catch (IOException e) {
            throw new VaultAccessException(VaultProblem.IO, e);
        }
    }

    private record Stored(UUID id, CloudAccount account, VaultItem item) {
    }

    private Optional<Stored> find(ProviderId provider) throws VaultAccessException {
        return stored().stream().filter(s -> s.account().provider() == provider).findFirst();
    }

    private List<Stored> stored() throws VaultAccessException {
        List<Stored> result = new ArrayList<>();
        for (VaultItem item : vault.items(ItemKind.CREDENTIAL)) {
            try {
                var meta = ItemFrame.meta(item.payloadView());
                byte[] json = new byte[meta.remaining()];
                meta.get(json);
                result.add(new Stored(item.id(), JSON.readValue(new String(json, StandardCharsets.UTF_8),
                        CloudAccount.class), item));
            } catch (IOException e) {
                throw new VaultAccessException(VaultProblem.IO, e);
            }
        }
        return result;
    }
}
