package fr.escalade.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.h2.engine.Constants;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system with the database file ({@code .mv.db}) opened for synchronous writes (O_DSYNC).
 *
 * <p>With {@code WRITE_DELAY=0} H2 writes each commit's chunk before the commit returns, but never
 * forces it to the device: the write survives a killed JVM (it is in the operating system's cache)
 * and is lost with the cache on a power cut or a kernel crash. H2 2.x ignores
 * {@code ACCESS_MODE_DATA=rwd} for its MVStore files, so the database file is opened here in that
 * mode: each write returns once its bytes are on the device, and so does each commit. Other files
 * (temporary results, traces) keep H2's ordinary mode, as nothing depends on them after a crash.
 * Selected by the {@code durable:} prefix of the database URL.
 */
public class DurableFileSystem extends FilePathWrapper {

  static final String SCHEME = "durable";

  /** Makes the {@code durable:} prefix known to H2; needed once per JVM, before the first connection. */
  public static void register() {
    FilePath.register(new DurableFileSystem());
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    boolean databaseFile = name.endsWith(Constants.SUFFIX_MV_FILE);
    return getBase().open(databaseFile && "rw".equals(mode) ? "rwd" : mode);
  }
}
