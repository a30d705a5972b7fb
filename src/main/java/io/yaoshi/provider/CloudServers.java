package io.yaoshi.provider;

import io.yaoshi.domain.Placement;
import io.yaoshi.domain.ServerInstance;
import java.util.List;

/**
 * What each cloud adapter offers for servers: the listings, and the calls a binding is made of. The clouds bind
 * differently ({@link BindingStyle}); the servers service puts these calls in order. Reads are retried, changes never.
 */
public interface CloudServers {

    /**
     * DescribeInstances / DescribeUHostInstance: every server in the placement's region (and UCloud project), all
     * pages, each with the key pair bound to it; a read, retried.
     */
    List<ServerInstance> instances(Placement scope) throws ProviderException;

    /** The same for the servers {@code ids} only, as they are now (those the cloud does not know are left out). */
    List<ServerInstance> instances(Placement scope, List<String> ids) throws ProviderException;

    BindingStyle bindingStyle();

    /**
     * Binds the key pair (Aliyun's name, UCloud's id) to the servers: Aliyun AttachKeyPair, 50 at a time; UCloud
     * ResetUHostInstancePassword with {@code LoginMode=KeyPair}, one host at a time, each only while stopped. One
     * result per server, in order; a call that failed as a whole fails each server it named, with its code, so the
     * servers of other calls keep their results.
     */
    List<InstanceResult> attach(Placement scope, String keyPair, List<String> ids);

    /** Aliyun DetachKeyPair, 50 at a time; a cloud whose {@link BindingStyle#canDetach()} is false refuses. */
    List<InstanceResult> detach(Placement scope, String keyPair, List<String> ids);

    /** RebootInstance; UCloud's hosts are restarted by {@link #stop} and {@link #start} around a binding instead. */
    void reboot(Placement scope, String id) throws ProviderException;

    void stop(Placement scope, String id) throws ProviderException;

    void start(Placement scope, String id) throws ProviderException;
}
