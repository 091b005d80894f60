package dev.promptfit.example;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The example's picture, drawn in memory, so the example needs no image file. */
final class ExamplePicture {
  private ExamplePicture() {}

  /** A red circle on white, 64 x 64 pixels, as PNG bytes. */
  static byte[] redCircle() {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 64, 64);
      g.setColor(Color.RED);
      g.fillOval(8, 8, 48, 48);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode the example picture", e);
    }
    return png.toByteArray();
  }
}
