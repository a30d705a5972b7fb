/**
 * A local emulator of the Aliyun ECS and UCloud UHost key-pair APIs, written from the providers' documentation
 * (Aliyun's ECS and UCloud's UHost API references) and never from Yaoshi's adapters, so the adapters are tested
 * against an independent implementation. It reuses only the domain records, the shared validation rules, the key codecs
 * and the two signature functions, which the official SDKs' test vectors pin down.
 *
 * <p>Choices where the documents are silent:
 * <ul>
 *   <li>Aliyun: a broken rule answers with the rule's own code; HTTP 403 for {@code QuotaExceed.*}, 404 for
 *       {@code *.NotFound}, else 400. Resource groups are checked for shape only. DescribeKeyPairs paging errors are
 *       400 {@code InvalidParameter}.</li>
 *   <li>UCloud: a broken rule is HTTP 200 with RetCode 230, {@code Params [Name] not available}; a full region and
 *       project is RetCode 8095. Names need not be unique; unknown ids in DeleteUHostKeyPairs are ignored.</li>
 *   <li>Both generate RSA-2048 and return the private key as PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}).</li>
 * </ul>
 */
package io.yaoshi.emulator;
