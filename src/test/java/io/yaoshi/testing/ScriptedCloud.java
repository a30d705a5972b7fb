package io.yaoshi.testing;

import io.yaoshi.domain.ExportFormat;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ProviderId;
import io.yaoshi.domain.Region;
import io.yaoshi.domain.ServerInstance;
import io.yaoshi.domain.Tag;
import io.yaoshi.keys.KeyExporter;
import io.yaoshi.keys.KeyGenerator;
import io.yaoshi.provider.BindingStyle;
import io.yaoshi.provider.CloudKeyProvider;
import io.yaoshi.provider.CreatedKeyPair;
import io.yaoshi.provider.InstanceResult;
import io.yaoshi.provider.ProviderException;
import io.yaoshi.provider.ProviderFailure;
import io.yaoshi.provider.RemoteKeyPair;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cloud that answers as the test scripts it and remembers what it was sent: for the service's protocol tests, where
 * the network is the boundary. (The adapters themselves are tested against the local emulator over real HTTP.)
 */
public final class ScriptedCloud implements CloudKeyProvider {

    /** The private key the next create returns; null for an answer without one. */
    public char[] nextPrivateKey = pkcs1RsaKeyAsBareBase64();
    /** Thrown by every call while set. */
    public ProviderException failWith;
    public final List<RemoteKeyPair> listing = new ArrayList<>();
    public final List<String> importedLines = new ArrayList<>();
    public final List<String> deleted = new ArrayList<>();
    public final List<List<Tag>> retagged = new ArrayList<>();
    public int calls;
    public final List<Region> regionList = new ArrayList<>();

    /** A fresh RSA-2048 key as Aliyun's documented example sends it: PKCS#1 DER in bare base64, no armour. */
    public static char[] pkcs1RsaKeyAsBareBase64() {
        var pair = new KeyGenerator(new SecureRandom()).generate(KeyAlgorithm.RSA_2048, "");
        String pem = new String(new KeyExporter(new SecureRandom()).export(pair, ExportFormat.PKCS1),
                StandardCharsets.US_ASCII);
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "").toCharArray();
    }

    @Override
    public ProviderId id() {
        return ProviderId.ALIYUN;
    }

    private void answerOrFail() throws ProviderException {
        calls++;
        if (failWith != null) {
            throw failWith;
        }
    }

    @Override
    public List<Region> regions() throws ProviderException {
        answerOrFail();
        return List.copyOf(regionList);
    }

    @Override
    public CreatedKeyPair create(KeyPairSpec spec) throws ProviderException {
        answerOrFail();
        return new CreatedKeyPair(new RemoteKeyPair(spec.name(), "ssh-abc", "89:f0:ba", "", Optional.empty(),
                spec.tags()), Optional.ofNullable(nextPrivateKey == null ? null : nextPrivateKey.clone()));
    }

    @Override
    public RemoteKeyPair importPublicKey(KeyPairSpec spec, String publicKeyLine) throws ProviderException {
        answerOrFail();
        importedLines.add(publicKeyLine);
        RemoteKeyPair made = new RemoteKeyPair(spec.name(), "", "5d:02", publicKeyLine, Optional.empty(), spec.tags());
        listing.add(made);
        return made;
    }

    @Override
    public List<RemoteKeyPair> list(Placement scope) throws ProviderException {
        answerOrFail();
        return List.copyOf(listing);
    }

    /** A scripted cloud runs no servers: server tests use the emulator. */
    @Override
    public List<ServerInstance> instances(Placement scope) throws ProviderException {
        answerOrFail();
        return List.of();
    }

    @Override
    public List<ServerInstance> instances(Placement scope, List<String> ids) throws ProviderException {
        answerOrFail();
        return List.of();
    }

    @Override
    public BindingStyle bindingStyle() {
        return BindingStyle.ATTACH_THEN_REBOOT;
    }

    @Override
    public List<InstanceResult> attach(Placement scope, String keyPair, List<String> ids) {
        return ids.stream().map(id -> new InstanceResult(id, false, "InvalidInstanceId.NotFound", "")).toList();
    }

    @Override
    public List<InstanceResult> detach(Placement scope, String keyPair, List<String> ids) {
        return attach(scope, keyPair, ids);
    }

    @Override
    public void reboot(Placement scope, String id) throws ProviderException {
        throw noSuchServer();
    }

    @Override
    public void stop(Placement scope, String id) throws ProviderException {
        throw noSuchServer();
    }

    @Override
    public void start(Placement scope, String id) throws ProviderException {
        throw noSuchServer();
    }

    private ProviderException noSuchServer() {
        return new ProviderException(id(), ProviderFailure.NOT_FOUND, "InvalidInstanceId.NotFound", "", "", null);
    }

    @Override
    public void delete(Placement scope, List<String> keys) throws ProviderException {
        answerOrFail();
        deleted.addAll(keys);
    }

    @Override
    public void retag(Placement scope, String name, List<Tag> previous, List<Tag> tags) throws ProviderException {
        answerOrFail();
        retagged.add(List.copyOf(tags));
    }
}
