package dev.promptfit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Small valid images and documents, written in code so no binary file is checked in. */
final class TestImages {
  private TestImages() {}

  /** A red PNG of {@code width} x {@code height} pixels. */
  static byte[] png(int width, int height) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream h = new DataOutputStream(header);
      h.writeInt(width);
      h.writeInt(height);
      h.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, no interlace
      chunk(out, "IHDR", header.toByteArray());
      byte[] raw = new byte[height * (1 + 3 * width)];
      for (int y = 0; y < height; y++) {
        int row = y * (1 + 3 * width);
        for (int x = 0; x < width; x++) {
          raw[row + 1 + 3 * x] = (byte) 0xFF;
        }
      }
      Deflater deflater = new Deflater();
      deflater.setInput(raw);
      deflater.finish();
      byte[] buffer = new byte[raw.length + 64];
      int length = deflater.deflate(buffer);
      deflater.end();
      chunk(out, "IDAT", java.util.Arrays.copyOf(buffer, length));
      chunk(out, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal one-page PDF. */
  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(data.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    d.write(name);
    d.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    d.writeInt((int) crc.getValue());
  }
}
