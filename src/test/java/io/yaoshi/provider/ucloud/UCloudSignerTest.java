package io.yaoshi.provider.ucloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The signature test vectors of UCloud's official SDK. */
class UCloudSignerTest {

    private static final String PUBLIC_KEY = "ucloudsomeone@example.com1296235120854146120";
    private static final char[] PRIVATE_KEY = "46f09bb9fab4f12dfc160dae12273d5332b5debe".toCharArray();

    private static Map<String, String> request(String action) {
        Map<String, String> p = new HashMap<>();
        p.put("Action", action);
        p.put("PublicKey", PUBLIC_KEY);
        return p;
    }

    @Test
    void u0ReproducesTheProvidersPublishedExample() {
        Map<String, String> p = request("DescribeUHostInstance");
        p.put("Region", "cn-bj2");
        p.put("Limit", "10");
        assertEquals("ActionDescribeUHostInstanceLimit10PublicKey" + PUBLIC_KEY + "Regioncn-bj2",
                UCloudSigner.stringToSign(p));
        assertEquals("cba5cf5ec4d4233d206b1b54951e3787350a642f", UCloudSigner.sign(p, PRIVATE_KEY));
    }

    @Test
    void u1CreateUHostKeyPairWithChineseSpaceAndSymbolsUnencoded() {
        Map<String, String> p = request("CreateUHostKeyPair");
        p.put("Region", "cn-bj2");
        p.put("Zone", "cn-bj2-05");
        p.put("ProjectId", "org-abc123");
        p.put("KeyPairName", "测试密钥 key:*~");
        assertEquals("d999a12d8cb4b6617b18175b56a93d3cc7a1d79d", UCloudSigner.sign(p, PRIVATE_KEY));
    }

    @Test
    void u2ImportSortsPublicKeyBeforePublicKeyBody() {
        Map<String, String> p = request("ImportUHostKeyPairs");
        p.put("Region", "cn-sh2");
        p.put("ProjectId", "org-abc123");
        p.put("KeyPairName", "imported-key");
        p.put("PublicKeyBody", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC+/x9= demo@keymgr");
        assertEquals("0a4e7a1f4ec0c4640439cab4e969ecb424d90ac8", UCloudSigner.sign(p, PRIVATE_KEY));
    }

    @Test
    void u3DeleteSortsKeyPairIds10Before2() {
        Map<String, String> p = request("DeleteUHostKeyPairs");
        p.put("Region", "cn-bj2");
        p.put("ProjectId", "org-abc123");
        IntStream.rangeClosed(0, 11).forEach(i -> p.put("KeyPairIds." + i, "kp-" + i));
        assertEquals("d02aebd92c4a525e02e366e8a0568bf0fbfa57f9", UCloudSigner.sign(p, PRIVATE_KEY));
    }

    @Test
    void u4DescribeWithIntegers() {
        Map<String, String> p = request("DescribeUHostKeyPairs");
        p.put("Region", "cn-bj2");
        p.put("ProjectId", "org-abc123");
        p.put("Offset", "0");
        p.put("Limit", "100");
        assertEquals("d6a9e445229dccf02a870dc17e3ea09752c78d10", UCloudSigner.sign(p, PRIVATE_KEY));
    }
}
