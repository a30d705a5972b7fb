package io.yaoshi.service;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.HistoryAction;
import io.yaoshi.domain.HistoryEvent;
import io.yaoshi.domain.KeyFileProblem;
import io.yaoshi.domain.KeyId;
import io.yaoshi.domain.KeyPairFilter;
import io.yaoshi.domain.KeyPairRecord;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Origin;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.PublicHalf;
import io.yaoshi.domain.RemoteState;
import io.yaoshi.domain.Tag;
import io.yaoshi.files.SafeFiles;
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.keys.ParsedKey;
import io.yaoshi.keys.PassphrasePrompt;
import io.yaoshi.keys.SshKeyPair;
import io.yaoshi.keys.SshPublicKey;
import io.yaoshi.provider.CloudProviders;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.RemoteKeyPair;
import io.yaoshi.service.validation.KeyPairRules;
import io.yaoshi.service.validation.Validation;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The key-pair use cases shared by the desktop app and the command line: list, find, create, import, tag, export
 * and delete. Plain synchronous Java; every rule is checked before anything is written or sent, so a rejected
 * request changes nothing anywhere.
 */
public final class KeyPairService {

    private final KeyPairStore vault;
    private final KeyPairRules rules;
    private final KeyGenerator generator;
    private final KeyMaterial material;
    private final Clock clock;
    private final CloudProviders clouds;

    public KeyPairService(KeyPairStore vault, KeyPairRules rules, SecureRandom random, Clock clock,
                          CloudProviders clouds) {
        this(vault, rules, new KeyGenerator(random), new KeyMaterial(new KeyExporter(random)), clock, clouds);
    }

    private KeyPairService(KeyPairStore vault, KeyPairRules rules, KeyGenerator generator, KeyMaterial material,
                           Clock clock, CloudProviders clouds) {
        this.vault = vault;
        this.rules = rules;
        this.generator = generator;
        this.material = material;
        this.clock = clock;
        this.clouds = clouds;
    }

    /** The same use cases and rules over another store: a team's key pairs, with this vault's cloud accounts. */
    public KeyPairService over(KeyPairStore store) {
        return new KeyPairService(store, rules, generator, material, clock, clouds);
    }

    /**
     * Creates a key pair after checking every rule (name, tags, placement, type, uniqueness, quota). A local one is
     * generated and stored. A cloud one goes through {@link CloudCreation}, which records the intent first so that
     * nothing is lost if the answer is.
     */
    public KeyPairRecord create(KeyPairSpec spec) throws ValidationException, VaultAccessException,
            ProviderException, KeyFileException {
        requireValid(spec);
        KeyPairRecord record;
        if (spec.placement().provider().isCloud()) {
            record = new CloudCreation(vault, material, generator, clock)
                    .create(spec, clouds.forProvider(spec.placement().provider()));
        } else {
            SshKeyPair pair = generator.generate(spec.algorithm(), spec.name());
            record = KeyPairRecord.local(spec.placement(), spec.name(), spec.tags(),
                    material.publicHalf(pair.publicKey().withComment(spec.name())), Origin.GENERATED, clock.instant(),
                    true);
            material.saveWithPrivateKey(vault, record, pair);
        }
        recordAbout(HistoryAction.KEY_CREATE, record);
        return record;
    }

    /** Tells the history what happened to {@code key}: its type, where it lives and its fingerprint. */
    private void recordAbout(HistoryAction action, KeyPairRecord key) {
        vault.events().record(HistoryEvent.of(action).about(key).with("type", key.algorithm().id())
                .with("where", key.placement().describe()).with("fingerprint", key.fingerprints().sha256()));
    }

    /**
     * Imports a key file (any format the keys package reads). A private key is stored with its public half; a public
     * key alone makes a public-only entry. The passphrase is asked only if the file is encrypted. For a cloud
     * placement the public key is uploaded too (ImportKeyPair), with the same never-lost protocol as a create.
     */
    public KeyPairRecord importKey(byte[] content, Placement placement, String name, List<Tag> tags,
                                   Supplier<Optional<char[]>> passphrase)
            throws ValidationException, VaultAccessException, KeyFileException, ProviderException {
        ParsedKey parsed = material.parse(content, passphrase::get);
        KeyPairSpec spec = new KeyPairSpec(placement, name, tags, parsed.algorithm(), CreateMode.IMPORT);
        requireValid(spec);
        KeyPairRecord record;
        if (placement.provider().isCloud()) {
            record = new CloudCreation(vault, material, generator, clock)
                    .upload(spec, parsed, Origin.IMPORTED, clouds.forProvider(placement.provider()));
        } else {
            SshPublicKey publicKey = parsed.publicKey().withComment(name);
            record = KeyPairRecord.local(spec.placement(), name, tags, material.publicHalf(publicKey),
                    Origin.IMPORTED, clock.instant(), parsed instanceof SshKeyPair);
            if (parsed instanceof SshKeyPair pair) {
                material.saveWithPrivateKey(vault, record, pair);
            } else {
                vault.save(List.of(record), Map.of());
            }
        }
        recordAbout(HistoryAction.KEY_IMPORT, record);
        return record;
    }

    /**
     * Reads a key file without importing it and without asking for its passphrase: its type and fingerprint where the
     * file states them, and the key pairs already here with the same key.
     *
     * @throws KeyFileException when the content is not a key Yaoshi reads
     */
    public KeyFilePreview preview(byte[] content) throws KeyFileException, VaultAccessException {
        StatedPublicKey stated = new StatedPublicKey();
        try {
            ParsedKey parsed = material.parse(content, stated);
            return preview(Optional.of(parsed.publicKey()), parsed instanceof SshKeyPair, false);
        } catch (KeyFileException e) {
            if (e.problem() != KeyFileProblem.PASSPHRASE_REQUIRED) {
                throw e;
            }
            return preview(stated.key, true, true);
        }
    }

    private KeyFilePreview preview(Optional<SshPublicKey> key, boolean privateKey, boolean encrypted)
            throws VaultAccessException {
        Optional<PublicHalf> half = key.map(material::publicHalf);
        String sha256 = half.map(h -> h.fingerprints().sha256()).orElse("");
        List<KeyPairRecord> same = sha256.isEmpty() ? List.of()
                : vault.keyPairs().stream().filter(k -> k.fingerprints().sha256().equals(sha256)).toList();
        return new KeyFilePreview(half, privateKey, encrypted, same);
    }

    /** Declines every passphrase, keeping the public key an encrypted file states in the clear. */
    private static final class StatedPublicKey implements PassphrasePrompt {
        private Optional<SshPublicKey> key = Optional.empty();

        @Override
        public Optional<char[]> passphrase() {
            return Optional.empty();
        }

        @Override
        public Optional<char[]> passphrase(SshPublicKey statedInTheClear) {
            key = Optional.of(statedInTheClear);
            return Optional.empty();
        }
    }

    /**
     * The key pair in an export format. Private formats need the private key and are encrypted when a passphrase is
     * given; the public formats work for public-only entries too.
     */
    public byte[] export(KeyId id, ExportFormat format, char[] passphrase)
            throws VaultAccessException, KeyPairNotFoundException, KeyFileException {
        KeyPairRecord record = vault.find(id).orElseThrow(() -> new KeyPairNotFoundException(id.value(), List.of()));
        if (!format.containsPrivateKey()) {
            return material.exportPublic(material.publicKey(record.publicKey()).withComment(record.name()), format);
        }
        if (!format.supports(record.algorithm())) {
            throw new IllegalArgumentException(format.id() + " cannot hold a " + record.algorithm().id() + " key");
        }
        char[] stored = vault.privateKey(id).orElseThrow(() -> new KeyFileException(KeyFileProblem.NO_PRIVATE_KEY,
                null));
        try {
            return material.export(material.fromStoredForm(stored, record.name()), format, passphrase);
        } finally {
            Arrays.fill(stored, '\0');
        }
    }

    /**
     * Writes an export to {@code target} atomically and owner-only; an existing file is replaced only when
     * {@code overwrite} is set.
     */
    public void exportToFile(KeyId id, ExportFormat format, char[] passphrase, Path target, boolean overwrite)
            throws VaultAccessException, KeyPairNotFoundException, KeyFileException, FileAccessException {
        byte[] content = export(id, format, passphrase);
        try {
            SafeFiles.writeAtomically(target, content, overwrite ? SafeFiles.Overwrite.ALLOW : SafeFiles.Overwrite.REFUSE);
        } catch (IOException e) {
            throw FileAccessException.of(target, e);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
        KeyPairRecord key = vault.find(id).orElseThrow();
        vault.events().record(HistoryEvent.of(HistoryAction.KEY_EXPORT).about(key).with("format", format.id())
                .with("private", format.containsPrivateKey())
                .with("encrypted", format.containsPrivateKey() && passphrase != null)
                .with("file", target.toAbsolutePath()));
    }


    private void requireValid(KeyPairSpec spec) throws ValidationException, VaultAccessException {
        List<KeyPairRules.Existing> existing = vault.keyPairs().stream()
                .map(k -> new KeyPairRules.Existing(k.placement(), k.name())).toList();
        Validation verdict = rules.validateNew(spec, existing);
        if (!verdict.isValid()) {
            throw new ValidationException(verdict);
        }
    }


    /** The key pairs that match {@code filter}, in the order they were stored. */
    public List<KeyPairRecord> list(KeyPairFilter filter) throws VaultAccessException {
        return vault.matching(filter);
    }

    /**
     * The key pair with this id, or else the only one with this exact name.
     *
     * @throws KeyPairNotFoundException when none matches, or when the name is used by several (they are listed)
     */
    public KeyPairRecord resolve(String idOrName) throws VaultAccessException, KeyPairNotFoundException {
        Optional<KeyPairRecord> byId = vault.find(new KeyId(idOrName));
        if (byId.isPresent()) {
            return byId.get();
        }
        List<KeyPairRecord> byName = vault.keyPairs().stream().filter(k -> k.name().equals(idOrName)).toList();
        if (byName.size() != 1) {
            throw new KeyPairNotFoundException(idOrName, byName);
        }
        return byName.get(0);
    }

    /** Replaces a key pair's tags after checking them against the rules, at its cloud too when it lives there. */
    public KeyPairRecord setTags(KeyId id, List<Tag> tags)
            throws ValidationException, VaultAccessException, KeyPairNotFoundException, ProviderException {
        KeyPairRecord current = vault.find(id).orElseThrow(() -> new KeyPairNotFoundException(id.value(), List.of()));
        Validation verdict = rules.tags().validate(tags);
        if (!verdict.isValid()) {
            throw new ValidationException(verdict);
        }
        if (current.mayExistAtCloud()) {
            // the cloud first: if it refuses, nothing changes here either
            clouds.forProvider(current.provider()).retag(current.placement(), current.name(), current.tags(), tags);
        }
        KeyPairRecord updated = current.withTags(tags);
        vault.save(List.of(updated), Map.of());
        vault.events().record(HistoryEvent.of(HistoryAction.KEY_TAG).about(updated)
                .with("before", Tag.describe(current.tags())).with("after", Tag.describe(tags))
                .with("atCloud", current.mayExistAtCloud()));
        return updated;
    }

    /**
     * Records a key pair that exists only in the cloud (made in its console, say) as a public-only entry here, from
     * the public key the listing carries. UCloud's listing has no public key, so such a key pair cannot be recorded.
     */
    public KeyPairRecord recordRemote(Placement scope, RemoteKeyPair remote)
            throws VaultAccessException, KeyFileException {
        if (remote.publicKey().isEmpty()) {
            throw new KeyFileException(KeyFileProblem.UNRECOGNIZED, null);
        }
        SshPublicKey publicKey = material.publicKey(remote.publicKey()).withComment(remote.name());
        PublicHalf key = material.publicHalf(publicKey);
        KeyPairRecord record = KeyPairRecord.foundAtCloud(scope, remote.name(), remote.tags(),
                new PublicHalf(key.algorithm(), key.fingerprints().withProvider(remote.fingerprint()), key.line()),
                remote.providerKeyId(), remote.createdAt().orElse(clock.instant()));
        vault.save(List.of(record), Map.of());
        recordAbout(HistoryAction.KEY_RECORD, record);
        return record;
    }

    /** Removes a key pair and its private key from the vault. */
    public void delete(KeyId id) throws VaultAccessException, KeyPairNotFoundException {
        KeyPairRecord key = vault.find(id).orElseThrow(() -> new KeyPairNotFoundException(id.value(), List.of()));
        vault.delete(id);
        forgetAgentPolicy(id);
        recordDeletion(key, false);
    }

    /** The agent serves the personal vault only, so a team's key pairs have no policy to forget. */
    private void forgetAgentPolicy(KeyId id) throws VaultAccessException {
        if (vault instanceof VaultSession personal) {
            new AgentPolicies(personal).forget(id);
        }
    }

    private void recordDeletion(KeyPairRecord key, boolean atCloud) {
        vault.events().record(HistoryEvent.of(HistoryAction.KEY_DELETE).about(key)
                .with("where", key.placement().describe()).with("atCloud", atCloud)
                .with("fingerprint", key.fingerprints().sha256()));
    }

    /**
     * Uploads the public key of a key pair its cloud no longer lists (deleted in the console, or a create that never
     * happened) again with ImportKeyPair, under the same name and tags. Nothing here changes unless the cloud answers:
     * the key is already in the vault, so an answer lost loses nothing, and the next sync finds the key pair if the
     * upload took effect.
     *
     * @throws IllegalArgumentException for a key pair that is not at a cloud, is present there, or has no public key
     */
    public KeyPairRecord uploadAgain(KeyId id)
            throws VaultAccessException, KeyPairNotFoundException, ValidationException, ProviderException {
        KeyPairRecord key = vault.find(id).orElseThrow(() -> new KeyPairNotFoundException(id.value(), List.of()));
        if (!canUploadAgain(key)) {
            throw new IllegalArgumentException("not a key pair missing at its cloud: " + id.value());
        }
        KeyPairSpec spec = new KeyPairSpec(key.placement(), key.name(), key.tags(), key.algorithm(), CreateMode.IMPORT);
        Validation shape = rules.validateShape(spec);
        if (!shape.isValid()) {
            throw new ValidationException(shape);
        }
        RemoteKeyPair remote = clouds.forProvider(key.provider()).importPublicKey(spec, key.publicKey());
        KeyPairRecord present = key.presentAtCloud(remote.providerKeyId(), remote.fingerprint());
        vault.save(List.of(present), Map.of());
        recordAbout(HistoryAction.KEY_UPLOAD, present);
        return present;
    }

    /** Whether {@link #uploadAgain} applies: a cloud key pair with a known public key that its cloud lacks. */
    public static boolean canUploadAgain(KeyPairRecord key) {
        return key.provider().isCloud() && !key.publicKey().isEmpty()
                && (key.remoteState() == RemoteState.MISSING || key.remoteState() == RemoteState.PENDING);
    }

    /**
     * Deletes a cloud key pair at its provider first, then here; if the provider refuses, nothing is deleted here
     * either. A key pair that cannot exist there (gone, or a create still pending) is deleted here only.
     */
    public void deleteRemotely(KeyId id) throws VaultAccessException, KeyPairNotFoundException, ProviderException {
        KeyPairRecord key = vault.find(id).orElseThrow(() -> new KeyPairNotFoundException(id.value(), List.of()));
        if (key.mayExistAtCloud()) {
            clouds.forProvider(key.provider()).delete(key.placement(), List.of(key.remoteId()));
        }
        vault.delete(id);
        forgetAgentPolicy(id);
        recordDeletion(key, key.mayExistAtCloud());
    }
}
