package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.ImageType;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * Small JPEG previews of JPEG and PNG photos. The source is decoded with subsampling, so a large photo never becomes a
 * large bitmap in memory. WebP has no ImageIO reader in the JDK: its thumbnail is the photo itself.
 */
@ApplicationScoped
public class Thumbnails {

    private final ActivityConfig config;

    Thumbnails(ActivityConfig config) {
        this.config = config;
    }

    public Optional<byte[]> of(Path file, ImageType type) {
        if (type == ImageType.WEBP) {
            return Optional.empty();
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int size = config.photos().thumbnailSize();
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longest / (size * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage source = reader.read(0, param);
                return Optional.of(jpeg(scale(source, size)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage scale(BufferedImage source, int size) {
        double factor = Math.min(1.0, (double) size / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, java.awt.Color.WHITE, null);
        g.dispose();
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
