#!/bin/sh
# Regenerates the KeyParserTest fixtures with the real tools (OpenSSH 9.2p1, OpenSSL 3.0, PuTTY 0.78 puttygen on
# Debian 12) and records what ssh-keygen prints for each key in fingerprints.txt. Every key here is a throw-away
# made for the tests. Run from this folder: sh make-fixtures.sh
set -eu
rm -f -- *.key *.pub *.pem *.ppk *.txt *.b64
PASS='fixture pass 1'
printf '%s' "$PASS" > passphrase.txt
printf '%s\n' "$PASS" > passphrase-nl.txt   # puttygen reads a line

# OpenSSH private keys (openssh-key-v1), plain and bcrypt-pbkdf + aes256-ctr / aes256-gcm
ssh-keygen -q -t ed25519 -N '' -C 'ed25519 plain' -f ed25519-openssh.key
ssh-keygen -q -t ed25519 -N "$PASS" -C 'ed25519 secret' -f ed25519-openssh-pass.key
ssh-keygen -q -t ed25519 -N "$PASS" -Z aes256-gcm@openssh.com -C 'ed25519 gcm' -f ed25519-openssh-gcm.key
ssh-keygen -q -t rsa -b 3072 -N "$PASS" -C 'rsa3072 secret' -f rsa3072-openssh-pass.key
ssh-keygen -q -t ecdsa -b 256 -N '' -C 'p256 plain' -f p256-openssh.key
ssh-keygen -q -t ecdsa -b 384 -N '' -C 'p384 plain' -f p384-openssh.key
ssh-keygen -q -t dsa -N '' -C 'dsa' -f dsa-openssh.key

# OpenSSL PEM: PKCS#1, encrypted PKCS#8 (scrypt-free PBES2), SEC1, PKCS#8, SPKI
openssl genrsa -traditional -out rsa2048-pkcs1.pem 2048 2>/dev/null
openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -passout file:passphrase.txt \
    -in rsa2048-pkcs1.pem -out rsa2048-pkcs8-encrypted.pem
openssl pkcs8 -topk8 -nocrypt -in rsa2048-pkcs1.pem -out rsa2048-pkcs8.pem
openssl ecparam -name prime256v1 -genkey -noout -out p256-sec1.pem
openssl ecparam -name secp384r1 -genkey -noout -out p384-sec1.pem
openssl genpkey -algorithm ed25519 -out ed25519-pkcs8.pem
openssl pkey -in rsa2048-pkcs1.pem -pubout -out rsa2048-spki.pem
openssl genpkey -algorithm ed448 -out ed448-pkcs8.pem
openssl genpkey -genparam -algorithm dsa -pkeyopt pbits:2048 -out dsa-params.pem 2>/dev/null
openssl genpkey -paramfile dsa-params.pem -out dsa-pkcs8.pem
openssl genrsa -traditional -out rsa1024-pkcs1.pem 1024 2>/dev/null
# legacy OpenSSL encryption (Proc-Type/DEK-Info): ssh-keygen -m PEM uses AES-128-CBC, openssl here AES-256-CBC
ssh-keygen -q -t rsa -b 2048 -m PEM -N "$PASS" -C 'rsa legacy' -f rsa2048-legacy-pem-pass.key
openssl ec -aes256 -in p256-sec1.pem -passout file:passphrase.txt -out p256-sec1-legacy-pass.pem 2>/dev/null
openssl ecparam -name secp521r1 -genkey -noout -out p521-sec1.pem

# A provider's PrivateKeyBody: bare base64 of the PKCS#1 DER, CRLF and a blank line (Aliyun CreateKeyPair style)
grep -v -- '-----' rsa2048-pkcs1.pem | sed 's/$/\r/' > rsa2048-body.b64
printf '\r\n' >> rsa2048-body.b64
grep -v -- '-----' rsa2048-pkcs8.pem | tr -d '\n' > rsa2048-pkcs8-body.b64

# Public keys: OpenSSH line and RFC 4716
cp ed25519-openssh.key.pub ed25519.pub
ssh-keygen -e -f ed25519-openssh.key.pub > ed25519-rfc4716.pub
ssh-keygen -e -f rsa3072-openssh-pass.key.pub > rsa3072-rfc4716.pub

# PuTTY: version 2 and 3, with and without a passphrase; v3 with each Argon2 flavour
puttygen rsa2048-pkcs1.pem -C 'rsa2048 putty' -O private -o rsa2048-v2.ppk --ppk-param version=2
puttygen rsa2048-pkcs1.pem -C 'rsa2048 putty' -O private -o rsa2048-v2-pass.ppk --ppk-param version=2 \
    --new-passphrase passphrase-nl.txt
puttygen ed25519-openssh.key -C 'ed25519 putty' -O private -o ed25519-v3.ppk
puttygen ed25519-openssh.key -C 'ed25519 putty' -O private -o ed25519-v3-argon2id.ppk \
    --new-passphrase passphrase-nl.txt
puttygen p256-openssh.key -C 'p256 putty' -O private -o p256-v3-argon2i.ppk --ppk-param kdf=argon2i \
    --new-passphrase passphrase-nl.txt
puttygen p384-openssh.key -C 'p384 putty' -O private -o p384-v3-argon2d.ppk --ppk-param kdf=argon2d \
    --new-passphrase passphrase-nl.txt
puttygen p256-openssh.key -C 'p256 putty' -O private -o p256-v2.ppk --ppk-param version=2

# What ssh-keygen prints: "<file> <SHA256 fingerprint> <MD5 fingerprint without MD5:>" for the public half
fingerprint() { # file public-key-file
    sha=$(ssh-keygen -l -f "$2" | cut -d' ' -f2)
    md5=$(ssh-keygen -l -E md5 -f "$2" | cut -d' ' -f2 | sed 's/^MD5://')
    echo "$1 $sha $md5" >> fingerprints.txt
}
public_of() { # private-key-file [passphrase] -> temp .pub, via ssh-keygen -y
    ssh-keygen -y -P "${2:-}" -f "$1" > /tmp/fixture.pub
}
for f in ed25519-openssh.key p256-openssh.key p384-openssh.key rsa2048-pkcs1.pem rsa2048-pkcs8.pem \
         p256-sec1.pem p384-sec1.pem; do
    public_of "$f"; fingerprint "$f" /tmp/fixture.pub
done
for f in ed25519-openssh-pass.key ed25519-openssh-gcm.key rsa3072-openssh-pass.key rsa2048-pkcs8-encrypted.pem \
         rsa2048-legacy-pem-pass.key p256-sec1-legacy-pass.pem; do
    cp "$f" /tmp/fixture.key; chmod 600 /tmp/fixture.key
    public_of /tmp/fixture.key "$PASS"; fingerprint "$f" /tmp/fixture.pub
done
public_of rsa2048-pkcs1.pem
for f in rsa2048-body.b64 rsa2048-pkcs8-body.b64 rsa2048-spki.pem rsa2048-v2.ppk rsa2048-v2-pass.ppk; do
    fingerprint "$f" /tmp/fixture.pub
done
for f in ed25519.pub ed25519-rfc4716.pub ed25519-v3.ppk ed25519-v3-argon2id.ppk; do
    fingerprint "$f" ed25519-openssh.key.pub
done
fingerprint rsa3072-rfc4716.pub rsa3072-openssh-pass.key.pub
fingerprint p256-v3-argon2i.ppk p256-openssh.key.pub
fingerprint p256-v2.ppk p256-openssh.key.pub
fingerprint p384-v3-argon2d.ppk p384-openssh.key.pub
# OpenSSH 9.2 cannot read Ed25519 PKCS#8, so its public line is built from the raw key OpenSSL prints
python3 - ed25519-pkcs8.pem > /tmp/fixture.pub <<'PY'
import base64, struct, subprocess, sys
raw = subprocess.run(["openssl", "pkey", "-in", sys.argv[1], "-pubout", "-outform", "DER"],
                     check=True, capture_output=True).stdout[-32:]
s = lambda b: struct.pack(">I", len(b)) + b
print("ssh-ed25519", base64.b64encode(s(b"ssh-ed25519") + s(raw)).decode())
PY
fingerprint ed25519-pkcs8.pem /tmp/fixture.pub
rm -f /tmp/fixture.pub /tmp/fixture.key *.key.pub passphrase-nl.txt dsa-params.pem
