package jeyra.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.logging.Log;

/**
 * Turns the compiler's progress output (whole lines on a stream) into Maven log lines, so
 * that they appear with Maven's prefix and obey its quiet and batch modes.
 */
final class LogLines extends OutputStream {
  private final Log log;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  LogLines(Log log) {
    this.log = log;
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      flushLine();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void close() {
    flushLine();
  }

  private void flushLine() {
    if (line.size() > 0) {
      log.info(line.toString(StandardCharsets.UTF_8));
      line.reset();
    }
  }
}
