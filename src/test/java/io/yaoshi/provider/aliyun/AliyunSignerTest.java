package io.yaoshi.provider.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The signature test vectors of Aliyun's official SDK. */
class AliyunSignerTest {

    private static final char[] SECRET = "testsecret".toCharArray();

    private static Map<String, String> common(String action) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AccessKeyId", "testid");
        p.put("Action", action);
        p.put("Format", "JSON");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", "c5f1e2f0-5a51-4a39-8a3e-0123456789ab");
        p.put("SignatureVersion", "1.0");
        p.put("Timestamp", "2024-05-20T08:30:00Z");
        p.put("Version", "2014-05-26");
        return p;
    }

    @Test
    void a0ReproducesTheProvidersPublishedExample() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AccessKeyId", "testid");
        p.put("Action", "DescribeRegions");
        p.put("Format", "XML");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        p.put("SignatureVersion", "1.0");
        p.put("Timestamp", "2016-02-23T12:46:24Z");
        p.put("Version", "2014-05-26");
        assertEquals("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod"
                + "%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
                + "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
                AliyunSigner.stringToSign("GET", p));
        assertEquals("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", AliyunSigner.sign("GET", p, SECRET));
    }

    @Test
    void a1CreateKeyPairWithChineseNameTagsAndReservedCharacters() {
        Map<String, String> p = common("CreateKeyPair");
        p.put("RegionId", "cn-hangzhou");
        p.put("KeyPairName", "密钥对-Prod:01_主");
        p.put("ResourceGroupId", "rg-acfmxazb4ph6aiy");
        p.put("Tag.1.Key", "环境");
        p.put("Tag.1.Value", "生产 A*B~C");
        p.put("Tag.2.Key", "owner:team");
        p.put("Tag.2.Value", "ops/密钥+1");
        assertEquals("AccessKeyId=testid&Action=CreateKeyPair&Format=JSON&KeyPairName=%E5%AF%86%E9%92%A5%E5%AF%B9"
                + "-Prod%3A01_%E4%B8%BB&RegionId=cn-hangzhou&ResourceGroupId=rg-acfmxazb4ph6aiy&SignatureMethod"
                + "=HMAC-SHA1&SignatureNonce=c5f1e2f0-5a51-4a39-8a3e-0123456789ab&SignatureVersion=1.0&Tag.1.Key"
                + "=%E7%8E%AF%E5%A2%83&Tag.1.Value=%E7%94%9F%E4%BA%A7%20A%2AB~C&Tag.2.Key=owner%3Ateam&Tag.2.Value"
                + "=ops%2F%E5%AF%86%E9%92%A5%2B1&Timestamp=2024-05-20T08%3A30%3A00Z&Version=2014-05-26",
                AliyunSigner.canonicalQuery(p));
        assertEquals("J7dnNf7FoWu6OJme7QGFjTZKinc=", AliyunSigner.sign("POST", p, SECRET));
    }

    @Test
    void a2DescribeKeyPairsWithWildcardPagingAndBoolean() {
        Map<String, String> p = common("DescribeKeyPairs");
        p.put("RegionId", "cn-shanghai");
        p.put("KeyPairName", "*SshKey*");
        p.put("PageNumber", "1");
        p.put("PageSize", "50");
        p.put("IncludePublicKey", "true");
        p.put("Tag.1.Key", "env");
        p.put("Tag.1.Value", "prod");
        assertEquals("OLh9OWrSacNwGJCP8b/H6SQ1uiA=", AliyunSigner.sign("GET", p, SECRET));
    }

    @Test
    void a3ImportKeyPairWithPlusSlashEqualsSpaceAndAt() {
        Map<String, String> p = common("ImportKeyPair");
        p.put("RegionId", "cn-beijing");
        p.put("KeyPairName", "imported-key");
        p.put("PublicKeyBody", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC+/x9= demo@keymgr");
        assertTrue(AliyunSigner.canonicalQuery(p)
                .contains("PublicKeyBody=ssh-rsa%20AAAAB3NzaC1yc2EAAAADAQABAAAAgQC%2B%2Fx9%3D%20demo%40keymgr"));
        assertEquals("D0OZ9eQo2kUmPT3sAs7xqYnUkTg=", AliyunSigner.sign("POST", p, SECRET));
    }

    @Test
    void a4DeleteKeyPairsWithAJsonArrayValue() {
        Map<String, String> p = common("DeleteKeyPairs");
        p.put("RegionId", "cn-hangzhou");
        p.put("KeyPairNames", "[\"key-a\",\"密钥B\"]");
        assertTrue(AliyunSigner.canonicalQuery(p).contains("KeyPairNames=%5B%22key-a%22%2C%22%E5%AF%86%E9%92%A5B%22%5D"));
        assertEquals("qE3U2qJlIEC7m5t1dEuUwEe5SfI=", AliyunSigner.sign("POST", p, SECRET));
    }

    @Test
    void a5TagResourcesSortsTag10BeforeTag2AndSignsAnEmptyValue() {
        Map<String, String> p = common("TagResources");
        p.put("RegionId", "cn-hangzhou");
        p.put("ResourceType", "keypair");
        p.put("ResourceId.1", "密钥对-Prod:01_主");
        IntStream.rangeClosed(1, 10).forEach(i -> {
            p.put("Tag." + i + ".Key", "k" + i);
            p.put("Tag." + i + ".Value", "v" + i);
        });
        p.put("Tag.11.Key", "k11");
        p.put("Tag.11.Value", "");
        assertTrue(AliyunSigner.canonicalQuery(p).contains("&Tag.11.Key=k11&Tag.11.Value=&Tag.2.Key=k2&"));
        assertEquals("8G7WQlF7jpsZSr9Cc/HtB0YtIJA=", AliyunSigner.sign("POST", p, SECRET));
    }

    @Test
    void theSignatureParameterItselfIsNeverSigned() {
        Map<String, String> p = common("DescribeRegions");
        String before = AliyunSigner.sign("POST", p, SECRET);
        p.put("Signature", before);
        assertEquals(before, AliyunSigner.sign("POST", p, SECRET));
    }

    @Test
    void percentEncodingFollowsRfc3986() {
        assertEquals("%20%2A~%3A%2F%2B%3D%40%22%2C%5B-_.", AliyunSigner.percentEncode(" *~:/+=@\",[-_."));
        assertEquals("%E4%B8%BB", AliyunSigner.percentEncode("主"));
    }
}
