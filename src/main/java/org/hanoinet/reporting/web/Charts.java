package org.hanoinet.reporting.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The geometry of the page's charts, computed here so that the template only draws rectangles and text as inline
 * SVG: the charts need no script and read as text, and a table beside each gives the same figures.
 */
final class Charts {

	static final int WIDTH = 720;

	static final int HEIGHT = 260;

	private static final int LEFT = 44;

	private static final int RIGHT = 8;

	private static final int TOP = 12;

	private static final int BOTTOM = 36;

	private static final int ROW_HEIGHT = 30;

	static final int ROW_WIDTH = 480;

	/** Where the bars of a row chart start, after the labels. */
	static final int ROW_LABELS = 210;

	private Charts() {
	}

	/** A column chart of two series per month. */
	record MonthChart(int width, int height, int baseline, List<Tick> ticks, List<Month> months) {
	}

	/** A line of the value axis. */
	record Tick(long value, int y) {
	}

	/** One month: its label (shown only on some months when there are many) and its two bars. */
	record Month(String label, boolean labelled, int labelX, Bar sent, Bar received) {
	}

	/** One bar. */
	record Bar(long value, int x, int y, int width, int height) {
	}

	/** A chart of horizontal bars, one per row, each after its label. */
	record RowChart(int width, int height, int barsAt, List<Row> rows) {
	}

	/** One row: its message key, its value, where it is drawn and how long its bar is. */
	record Row(String key, long value, int y, int barWidth) {
	}

	/** Requests sent and received per month, on one scale. */
	static MonthChart months(SortedMap<YearMonth, Long> sent, SortedMap<YearMonth, Long> received) {
		long highest = 0;
		for (Map<YearMonth, Long> series : List.of(sent, received)) {
			for (long value : series.values()) {
				highest = Math.max(highest, value);
			}
		}
		long step = step(highest);
		long top = Math.max(step, (highest + step - 1) / step * step);
		int baseline = HEIGHT - BOTTOM;
		int plot = baseline - TOP;
		List<Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= top; value += step) {
			ticks.add(new Tick(value, baseline - (int) Math.round(plot * (double) value / top)));
		}
		List<YearMonth> all = new ArrayList<>(sent.keySet());
		double column = (WIDTH - LEFT - RIGHT) / (double) all.size();
		int every = Math.max(1, (int) Math.ceil(all.size() / 12.0));
		int barWidth = Math.max(1, (int) Math.floor(column * 0.38));
		List<Month> months = new ArrayList<>();
		for (int index = 0; index < all.size(); index++) {
			YearMonth month = all.get(index);
			int x = LEFT + (int) Math.round(column * index + column * 0.1);
			months.add(new Month(month.toString(), index % every == 0, LEFT + (int) Math.round(column * (index + 0.5)),
					bar(sent.getOrDefault(month, 0L), x, barWidth, top, plot, baseline),
					bar(received.getOrDefault(month, 0L), x + barWidth + 1, barWidth, top, plot, baseline)));
		}
		return new MonthChart(WIDTH, HEIGHT, baseline, ticks, months);
	}

	/** Horizontal bars of the given values, labelled by message key, the longest bar as wide as the space allows. */
	static RowChart rows(Map<String, Long> values) {
		long highest = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
		int space = ROW_WIDTH - ROW_LABELS - 60;
		List<Row> rows = new ArrayList<>();
		int y = 0;
		for (Map.Entry<String, Long> value : values.entrySet()) {
			rows.add(new Row(value.getKey(), value.getValue(), y, (int) Math.round(space * (double) value.getValue() / highest)));
			y += ROW_HEIGHT;
		}
		return new RowChart(ROW_WIDTH, y, ROW_LABELS, rows);
	}

	private static Bar bar(long value, int x, int width, long top, int plot, int baseline) {
		int height = (int) Math.round(plot * (double) value / top);
		return new Bar(value, x, baseline - height, width, height);
	}

	/** A step of 1, 2 or 5 times a power of ten that gives at most five steps up to {@code highest}. */
	static long step(long highest) {
		long step = 1;
		while (true) {
			for (long factor : new long[] { 1, 2, 5 }) {
				if (highest <= step * factor * 5) {
					return step * factor;
				}
			}
			step *= 10;
		}
	}
}
