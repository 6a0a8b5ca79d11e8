package io.handoff.launcher.platform;


import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** Unpacks the PostgreSQL binaries that zonky ships in a Maven Central jar, once per binaries version. */
public final class PostgresBinaries {

    private static final String COMPLETE_MARKER = ".complete";

    private PostgresBinaries() {
    }

    /** The folder holding bin/initdb, bin/pg_ctl and bin/postgres, unpacked under {@code parent} if needed. */
    public static Path ensureUnpacked(Path parent) {
        try {
            byte[] archive = readArchive();
            Path target = parent.resolve("postgres-" + shortHash(archive));
            if (Files.exists(target.resolve(COMPLETE_MARKER))) {
                return target;
            }
            Files.createDirectories(parent);
            // Unpack beside the target and move it in place, so an interrupted unpack never looks complete.
            Path scratch = Files.createTempDirectory(parent, "unpacking-");
            extract(archive, scratch);
            Files.createFile(scratch.resolve(COMPLETE_MARKER));
            try {
                Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                    throw e;
                }
                // Another command unpacked the same binaries at the same time: theirs is as good as ours.
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the PostgreSQL binaries", e);
        }
    }

    /**
     * Reads the binaries archive of zonky's binaries jar ourselves: that jar can be on the class path twice (the
     * launcher jar's manifest Class-Path and Maven's own entry, as in the reactor build of the end-to-end suite),
     * which zonky's resolver refuses as "duplicate"; both copies are the same file, so the first one will do.
     */
    private static byte[] readArchive() throws IOException {
        String arch = System.getProperty("os.arch");
        String name = "postgres-linux-" + ("amd64".equals(arch) ? "x86_64" : arch) + ".txz";
        URL archive = PostgresBinaries.class.getClassLoader().getResource(name);
        if (archive == null) {
            throw new IOException(name + " is not on the class path (io.zonky.test.postgres binaries for this machine)");
        }
        try (InputStream in = archive.openStream()) {
            return in.readAllBytes();
        }
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(new ByteArrayInputStream(archive))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, target.resolve(entry.getLinkName()));
                } else {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        Set<PosixFilePermission> result = new HashSet<>();
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                result.add(bits[i]);
            }
        }
        result.add(PosixFilePermission.OWNER_READ);
        return result;
    }

    private static String shortHash(byte[] archive) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(archive);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
