package io.yaoshi.app;

/** Where the main window was and how big, as the user left it. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 400;

    /** The size the window opens with the first time. */
    public static WindowGeometry firstRun() {
        return new WindowGeometry(Double.NaN, Double.NaN, 1200, 720, false);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    /** A geometry with a usable size; a nonsense size from a hand-edited file becomes the first-run size. */
    public WindowGeometry sane() {
        boolean sizeOk = Double.isFinite(width) && Double.isFinite(height) && width >= MIN_WIDTH && height >= MIN_HEIGHT
                && width <= 100_000 && height <= 100_000;
        if (!sizeOk) {
            WindowGeometry first = firstRun();
            return new WindowGeometry(x, y, first.width(), first.height(), maximized);
        }
        return this;
    }
}
