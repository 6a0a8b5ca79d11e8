package io.handoff.launcher.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The development RSA key pair in PEM files: private.pem (PKCS#8) signs tokens, public.pem (X.509) verifies them. */
public final class DevKeys {

    public static final String PRIVATE_KEY_FILE = "private.pem";
    public static final String PUBLIC_KEY_FILE = "public.pem";

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private DevKeys() {
    }

    /** Loads the pair from {@code directory}, generating it there first if it is not complete. */
    public static KeyPair loadOrCreate(Path directory) {
        Path privatePem = directory.resolve(PRIVATE_KEY_FILE);
        Path publicPem = directory.resolve(PUBLIC_KEY_FILE);
        if (!Files.isRegularFile(privatePem) || !Files.isRegularFile(publicPem)) {
            generate(directory);
        }
        return new KeyPair(readPublicKey(publicPem), readPrivateKey(privatePem));
    }

    public static RSAPublicKey readPublicKey(Path pem) {
        return (RSAPublicKey) decode(pem, PUBLIC_LABEL, bytes -> rsa().generatePublic(new X509EncodedKeySpec(bytes)));
    }

    public static RSAPrivateKey readPrivateKey(Path pem) {
        return (RSAPrivateKey) decode(pem, PRIVATE_LABEL,
                bytes -> rsa().generatePrivate(new PKCS8EncodedKeySpec(bytes)));
    }

    private static void generate(Path directory) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Path privatePem = directory.resolve(PRIVATE_KEY_FILE);
            // getEncoded() of an RSA private key is PKCS#8, of a public key X.509 SubjectPublicKeyInfo.
            Files.writeString(privatePem, encode(PRIVATE_LABEL, pair.getPrivate().getEncoded()),
                    StandardCharsets.US_ASCII);
            restrictToOwner(privatePem);
            Files.writeString(directory.resolve(PUBLIC_KEY_FILE), encode(PUBLIC_LABEL, pair.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static Object decode(Path pem, String label, KeySpecReader reader) {
        try {
            String text = Files.readString(pem, StandardCharsets.US_ASCII);
            String base64 = text.replace("-----BEGIN " + label + "-----", "")
                    .replace("-----END " + label + "-----", "")
                    .replaceAll("\\s", "");
            return reader.read(Base64.getDecoder().decode(base64));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("not a " + label + " PEM file: " + pem, e);
        }
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing more we can do, and it is a development key.
        }
    }

    @FunctionalInterface
    private interface KeySpecReader {
        Object read(byte[] der) throws GeneralSecurityException;
    }
}
