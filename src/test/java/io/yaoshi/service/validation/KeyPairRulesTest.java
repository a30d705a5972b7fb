package io.yaoshi.service.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.yaoshi.domain.CreateMode;
import io.yaoshi.domain.KeyAlgorithm;
import io.yaoshi.domain.KeyPairSpec;
import io.yaoshi.domain.Placement;
import io.yaoshi.domain.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyPairRulesTest {

    private final KeyPairRules rules = KeyPairRules.withBundledRegions();
    private static final Placement HANGZHOU = Placement.aliyun("cn-hangzhou", "");

    private static KeyPairSpec aliyun(String name) {
        return new KeyPairSpec(HANGZHOU, name, List.of(new Tag("FinanceDept", "FinanceDept.Joshua")),
                KeyAlgorithm.RSA_2048, CreateMode.PROVIDER);
    }

    private static List<String> codes(Validation v) {
        return v.errors().stream().map(ValidationError::code).toList();
    }

    @Test
    void theDocumentsRequestIsValid() {
        assertTrue(rules.validateNew(aliyun("FinanceJoshuaV23"), List.of()).isValid());
    }

    @Test
    void aNameTakenInTheSameRegionIsRefused() {
        var existing = List.of(new KeyPairRules.Existing(HANGZHOU, "FinanceJoshuaV23"));
        assertEquals(List.of("KeyPair.AlreadyExist"), codes(rules.validateNew(aliyun("FinanceJoshuaV23"), existing)));
    }

    @Test
    void theSameNameInAnotherRegionOrProviderIsFine() {
        var existing = List.of(new KeyPairRules.Existing(Placement.aliyun("cn-beijing", ""), "k1"),
                new KeyPairRules.Existing(Placement.local(), "k1"));
        assertTrue(rules.validateNew(aliyun("k1"), existing).isValid());
    }

    @Test
    void uniquenessIsExactNotCaseInsensitive() {
        var existing = List.of(new KeyPairRules.Existing(HANGZHOU, "Deploy"));
        assertTrue(rules.validateNew(aliyun("deploy"), existing).isValid());
    }

    @Test
    void the501stKeyPairInARegionExceedsTheQuota() {
        List<KeyPairRules.Existing> existing = new ArrayList<>(IntStream.range(0, 499)
                .mapToObj(i -> new KeyPairRules.Existing(HANGZHOU, "k" + i)).toList());
        assertTrue(rules.validateNew(aliyun("another"), existing).isValid(), "the 500th is allowed");
        existing.add(new KeyPairRules.Existing(HANGZHOU, "k499"));
        assertEquals(List.of("QuotaExceed.KeyPair"), codes(rules.validateNew(aliyun("another"), existing)));
    }

    @Test
    void ucloudScopesNamesByProject() {
        Placement a = Placement.ucloud("cn-bj2", "", "org-a");
        Placement b = Placement.ucloud("cn-bj2", "", "org-b");
        var spec = new KeyPairSpec(b, "shared", List.of(), KeyAlgorithm.RSA_2048, CreateMode.PROVIDER);
        assertTrue(rules.validateNew(spec, List.of(new KeyPairRules.Existing(a, "shared"))).isValid());
    }

    @Test
    void aCloudGeneratedKeyIsAlwaysRsa2048() {
        var spec = new KeyPairSpec(HANGZHOU, "k1", List.of(), KeyAlgorithm.ED25519, CreateMode.PROVIDER);
        assertEquals(List.of("InvalidParameter"), codes(rules.validateShape(spec)));
        assertEquals(Field.KEY_TYPE, rules.validateShape(spec).errors().get(0).field());
    }

    @Test
    void aliyunDoesNotImportEd25519ButUCloudAndLocalMay() {
        var toAliyun = new KeyPairSpec(HANGZHOU, "k1", List.of(), KeyAlgorithm.ED25519, CreateMode.IMPORT);
        assertEquals(List.of("InvalidPublicKeyBody.Malformed"), codes(rules.validateShape(toAliyun)));
        var ecdsa = new KeyPairSpec(HANGZHOU, "k1", List.of(), KeyAlgorithm.ECDSA_P256, CreateMode.IMPORT);
        assertTrue(rules.validateShape(ecdsa).isValid());
        var local = new KeyPairSpec(Placement.local(), "k1", List.of(), KeyAlgorithm.ED25519, CreateMode.IMPORT);
        assertTrue(rules.validateShape(local).isValid());
    }

    @Test
    void everyBrokenRuleIsReportedTogether() {
        var spec = new KeyPairSpec(Placement.aliyun("", ""), "1",
                List.of(new Tag("aliyunX", ""), new Tag("aliyunX", "acs:y")), KeyAlgorithm.RSA_2048,
                CreateMode.PROVIDER);
        assertEquals(List.of("InvalidKeyPairName.Malformed", "InvalidKeyPairName.Malformed", "MissingParameter",
                "InvalidTagKey.Malformed", "InvalidTagKey.Malformed", "Duplicate.TagKey",
                "InvalidTagValue.Malformed"), codes(rules.validateShape(spec)));
    }
}
