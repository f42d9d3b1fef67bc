package org.xieshang.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/** A red round seal image as a user would upload it for his signature block. */
public final class Seals {

    private Seals() {
    }

    /** The same PNG with its header claiming another size: a few bytes that would unpack into a huge bitmap. */
    public static byte[] claimingSize(byte[] png, int width, int height) {
        byte[] bomb = png.clone();
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(bomb);
        header.putInt(16, width).putInt(20, height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bomb, 12, 17);
        header.putInt(29, (int) crc.getValue());
        return bomb;
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.setStroke(new java.awt.BasicStroke(6));
        g.drawOval(6, 6, 108, 108);
        g.fillPolygon(new int[] {60, 68, 86, 72, 77, 60, 43, 48, 34, 52}, new int[] {38, 54, 55, 66, 84, 74, 84, 66, 55, 54}, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
