// SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
// SPDX-License-Identifier: MIT
package org.memorypool.sdk.ui.monitor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.eclipse.osgi.util.NLS;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.memorypool.sdk.core.monitor.HeapSample;
import org.memorypool.sdk.core.monitor.HeapTimeline;
import org.memorypool.sdk.core.monitor.MinMaxReduction;

/**
 * The heap monitor's chart of a session, drawn by JFreeChart into an image for an SWT canvas: the heap (bytes in use
 * and active), the calls (blocks handed out and released per second) and the 32-bit game's address space (free, and
 * the largest free block), over the session's time, with a line where each later run of the game begins.
 */
public final class HeapChart {

	/** The colour of the heap in use, the chart's first line. */
	public static final Color IN_USE = new Color(0xD6, 0x27, 0x28);
	private static final Color ACTIVE = new Color(0xFF, 0x7F, 0x0E);
	private static final Color HANDED_OUT = new Color(0x1F, 0x77, 0xB4);
	private static final Color RELEASED = new Color(0x2C, 0xA0, 0x2C);
	private static final Color FREE = new Color(0x94, 0x67, 0xBD);
	private static final Color LARGEST_FREE = new Color(0x55, 0x55, 0x55);
	private static final double MIB = 1024.0 * 1024.0;
	private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
	private static final BasicStroke LINE = new BasicStroke(2f);
	private static final Rectangle2D SWATCH = new Rectangle2D.Double(-8, -2, 16, 4);

	private HeapChart() {
	}

	/**
	 * The chart of a session for a chart {@code width} pixels wide: of a long session only what shows at that width
	 * ({@link MinMaxReduction}). An empty timeline gives empty plots with their axes.
	 */
	static JFreeChart of(HeapTimeline timeline, int width) {
		int n = timeline.size();
		double[] x = new double[n];
		double[][] y = new double[6][n];
		for (int i = 0; i < n; i++) {
			HeapSample sample = timeline.sample(i);
			x[i] = timeline.seconds(i);
			y[0][i] = sample.bytesOutstanding() / MIB;
			y[1][i] = sample.bytesActive() / MIB;
			y[2][i] = timeline.allocationsPerSecond(i);
			y[3][i] = timeline.freesPerSecond(i);
			y[4][i] = sample.freeAddressSpace() / MIB;
			y[5][i] = sample.largestFreeBlock() / MIB;
		}
		String[] names = { Messages.HeapChart_inUse, Messages.HeapChart_active, Messages.HeapChart_handedOut,
				Messages.HeapChart_released, Messages.HeapChart_freeAddressSpace, Messages.HeapChart_largestFreeBlock };
		XYSeries[] series = new XYSeries[6];
		for (int k = 0; k < 6; k++) {
			series[k] = new XYSeries(names[k], false, true);
			for (int i : MinMaxReduction.indices(y[k], Math.max(1, width))) {
				series[k].add(x[i], y[k][i], false);
			}
		}
		XYSeries inUse = series[0];
		XYSeries active = series[1];
		XYSeries allocations = series[2];
		XYSeries frees = series[3];
		XYSeries free = series[4];
		XYSeries largest = series[5];
		NumberAxis time = new NumberAxis(Messages.HeapChart_time);
		time.setAutoRangeIncludesZero(true);
		CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
		plot.setGap(8);
		plot.add(plot(Messages.HeapChart_mib, inUse, IN_USE, active, ACTIVE), 3);
		plot.add(plot(Messages.HeapChart_perSecond, allocations, HANDED_OUT, frees, RELEASED), 2);
		plot.add(plot(Messages.HeapChart_mib, free, FREE, largest, LARGEST_FREE), 3);
		for (int run = 1; run < timeline.runStarts().size(); run++) {
			ValueMarker marker = new ValueMarker(timeline.runStarts().get(run), Color.GRAY, new BasicStroke(1f,
					BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 3f }, 0f));
			marker.setLabel(NLS.bind(Messages.HeapChart_run, run + 1));
			marker.setLabelFont(LABELS);
			marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
			for (XYPlot subplot : plot.getSubplots()) {
				subplot.addDomainMarker(marker);
			}
		}
		JFreeChart chart = new JFreeChart(null, LABELS, plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/**
	 * The chart drawn at the canvas's size, as SWT image data (24-bit RGB). Needs no display: the heap monitor's job
	 * draws it, and the UI thread only shows it.
	 */
	static ImageData render(HeapTimeline timeline, int width, int height) {
		BufferedImage image = of(timeline, width).createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}

	/** A plot of two series, named by a legend in its top left corner, its axis giving the unit. */
	private static XYPlot plot(String unit, XYSeries first, Color firstColor, XYSeries second, Color secondColor) {
		XYSeriesCollection data = new XYSeriesCollection();
		data.addSeries(first);
		data.addSeries(second);
		NumberAxis values = new NumberAxis(unit);
		values.setLabelFont(LABELS);
		values.setAutoRangeIncludesZero(true);
		values.setUpperMargin(0.35); // room for the legend above the lines
		// Dense sessions (a day has 86,400 samples) draw one vertical span per pixel column instead of every line.
		SamplingXYLineRenderer renderer = new SamplingXYLineRenderer();
		renderer.setSeriesPaint(0, firstColor);
		renderer.setSeriesPaint(1, secondColor);
		renderer.setDefaultStroke(LINE);
		renderer.setAutoPopulateSeriesStroke(false);
		XYPlot plot = new XYPlot(data, null, values, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		LegendItemCollection items = new LegendItemCollection();
		items.add(new LegendItem((String) first.getKey(), null, null, null, SWATCH, firstColor));
		items.add(new LegendItem((String) second.getKey(), null, null, null, SWATCH, secondColor));
		plot.setFixedLegendItems(items);
		LegendTitle legend = new LegendTitle(plot);
		legend.setItemFont(LABELS);
		legend.setBackgroundPaint(new Color(255, 255, 255, 220));
		legend.setFrame(new BlockBorder(Color.LIGHT_GRAY));
		XYTitleAnnotation corner = new XYTitleAnnotation(0.005, 0.99, legend, RectangleAnchor.TOP_LEFT);
		corner.setMaxWidth(0.9);
		plot.addAnnotation(corner);
		return plot;
	}
}
