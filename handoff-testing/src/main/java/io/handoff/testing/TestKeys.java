package io.handoff.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RSA key pair tokens are signed with in tests: made fresh for each test JVM, so no private key is
 * ever committed; the service under test is given the public half as its verification key.
 */
public final class TestKeys {

    private static final KeyPair PAIR = generate();
    private static final KeyPair STRANGER = generate();

    private TestKeys() {
    }

    public static KeyPair pair() {
        return PAIR;
    }

    /** A key the services do not trust: tokens it signs must be refused. */
    public static KeyPair stranger() {
        return STRANGER;
    }

    /** The public key as mp.jwt.verify.publickey accepts it (base64 of the X.509 encoding). */
    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(PAIR.getPublic().getEncoded());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
