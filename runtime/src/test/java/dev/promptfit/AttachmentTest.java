package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images and documents are checked when made, before any request: format by name and by bytes,
 * animated GIFs, sizes the API refuses, unreadable paths; and they never print their bytes.
 */
class AttachmentTest {
  @TempDir Path dir;

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  static final byte[] WEBP = {'R', 'I', 'F', 'F', 4, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** A GIF89a of one pixel, with {@code frames} image blocks. */
  static byte[] gif(int frames) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {1, 0, 1, 0, (byte) 0x80, 0, 0}); // 1x1, global table of 2 colours
    out.writeBytes(new byte[] {0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
    for (int i = 0; i < frames; i++) {
      out.writeBytes(new byte[] {0x21, (byte) 0xF9, 4, 0, 10, 0, 0, 0}); // graphic control
      out.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0}); // image descriptor
      out.writeBytes(new byte[] {2, 2, 0x44, 0x01, 0}); // LZW data
    }
    out.write(0x3B);
    return out.toByteArray();
  }

  private Path file(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void anImageFileBecomesADataUrlOfItsBytes() throws Exception {
    Image image = Image.of(file("cat.png", PNG));
    assertEquals("image/png", image.mediaType());
    assertFalse(image.isRemote());
    String url = image.url();
    assertTrue(url.startsWith("data:image/png;base64,"), url);
    assertArrayEquals(PNG, Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)));
    assertEquals(Image.Detail.AUTO, image.detail());
    assertEquals(Image.Detail.LOW, image.detail(Image.Detail.LOW).detail());
    assertEquals(Image.Detail.AUTO, image.detail(), "detail(...) returns a copy");
    assertEquals("image/jpeg", Image.of(file("a.JPG", JPEG)).mediaType());
    assertEquals("image/webp", Image.of(WEBP, "image/webp").mediaType());
    assertEquals("image/gif", Image.of(gif(1), "image/gif").mediaType());
  }

  @Test
  void whatTheServicesRefuseFailsWhenMadeNamingTheFile() throws Exception {
    Path lying = file("photo.png", JPEG);
    IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class, () -> Image.of(lying));
    assertTrue(mismatch.getMessage().contains(lying.toString()), mismatch.getMessage());
    assertTrue(mismatch.getMessage().contains("image/png but its bytes are image/jpeg"), mismatch.getMessage());

    Path bmp = file("old.bmp", new byte[] {'B', 'M', 0, 0});
    IllegalArgumentException format = assertThrows(IllegalArgumentException.class, () -> Image.of(bmp));
    assertTrue(format.getMessage().contains("PNG, JPEG, WEBP or non-animated GIF"), format.getMessage());

    IllegalArgumentException animated =
        assertThrows(IllegalArgumentException.class, () -> Image.of(file("spin.gif", gif(3))));
    assertTrue(animated.getMessage().contains("animated GIF"), animated.getMessage());

    assertThrows(IllegalArgumentException.class, () -> Image.of(PDF, "image/png"));
    assertThrows(IllegalArgumentException.class, () -> Image.of(PNG, "image/tiff"));
    assertThrows(IllegalArgumentException.class, () -> Image.of(new byte[0], "image/png"));
    assertThrows(IllegalArgumentException.class, () -> Image.url("ftp://host/cat.png"));
    assertThrows(IllegalArgumentException.class, () -> Image.url("data:image/png;base64,@@@"));
  }

  @Test
  void aSixtyMegabyteImageIsRefusedWithTheLimit() {
    byte[] big = Arrays.copyOf(PNG, 60_000_000);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Image.of(big, "image/png"));
    assertTrue(e.getMessage().contains("60,000,000 bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("20,971,520"), e.getMessage());
  }

  @Test
  void anUnreadablePathIsNamed() {
    Path missing = dir.resolve("nowhere/cat.png");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Image.of(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    UncheckedIOException doc =
        assertThrows(UncheckedIOException.class, () -> Document.of(dir.resolve("gone.pdf")));
    assertTrue(doc.getMessage().contains("gone.pdf"), doc.getMessage());
  }

  @Test
  void urlsAndDataUrls() {
    Image remote = Image.url("https://user:pw@cdn.example.com/cat.jpg?token=secret-123");
    assertTrue(remote.isRemote());
    assertEquals("", remote.mediaType());
    assertEquals("Image{https://cdn.example.com/cat.jpg, detail=auto}", remote.toString());
    Image inline = Image.url("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG));
    assertEquals("image/png", inline.mediaType());
    assertFalse(inline.isRemote());
  }

  @Test
  void toStringNeverPrintsTheBytes() throws Exception {
    Image image = Image.of(PNG, "image/png");
    String base64 = Base64.getEncoder().encodeToString(PNG);
    assertEquals("Image{image/png, 16 bytes, detail=auto}", image.toString());
    assertFalse(image.toString().contains(base64.substring(0, 8)));
    Document doc = Document.of(file("contract.pdf", PDF));
    assertEquals("Document{contract.pdf, application/pdf, " + PDF.length + " bytes}", doc.toString());
  }

  @Test
  void documentsArePdfs() throws Exception {
    Document doc = Document.of(PDF, "notes.pdf");
    assertEquals("notes.pdf", doc.filename());
    assertEquals("application/pdf", doc.mediaType());
    assertTrue(doc.dataUrl().startsWith("data:application/pdf;base64,"));
    assertThrows(IllegalArgumentException.class, () -> Document.of(PNG, "picture.pdf"));
    IllegalArgumentException image =
        assertThrows(IllegalArgumentException.class, () -> Document.of(PDF, "picture.png"));
    assertTrue(image.getMessage().contains("documents must be PDF"), image.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Document.of(PDF, " "));
    byte[] huge = Arrays.copyOf(PDF, 32 * 1024 * 1024 + 1);
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> Document.of(huge, "huge.pdf"));
    assertTrue(size.getMessage().contains("32 MB"), size.getMessage());
  }
}
