package org.gongjian.activity.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTypeTest {

    @Test
    void recognisesJpegPngAndWebpByTheirFirstBytesOnly() {
        assertThat(ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 4)).contains(ImageType.JPEG);
        assertThat(ImageType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 8)).contains(ImageType.PNG);
        assertThat(ImageType.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 12)).contains(ImageType.WEBP);
        assertThat(ImageType.detect("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1), 12)).isEmpty();
        assertThat(ImageType.detect("GIF89a".getBytes(StandardCharsets.ISO_8859_1), 6)).isEmpty();
        assertThat(ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8}, 2)).isEmpty();
    }
}
