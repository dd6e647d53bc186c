# default.gp - the house style for tradestat charts.
#
# tradestat writes `set terminal`, `set output`, the x axis as dates, the
# title, the axis labels, ranges and ticks, the layout (panels, margins, the
# legend's place), the source note and the data; how the chart looks
# (fonts, colours, lines, points, grid) is here. It is built into the binary (gp_default); to restyle,
# edit it and rebuild, or hand a copy to tradestat where a command takes a
# style file. It must not set the terminal or the output. Colours are
# 'rgb "#RRGGBB"'.

# Fonts: one family for everything, sized for a page or a slide.
# "Helvetica" resolves to the system sans serif (DejaVu Sans, Liberation Sans,
# Arial) in both the PNG/PDF renderer and web browsers showing the SVG.
set termoption font "Helvetica,12"
set title font ",15" textcolor rgb "#222222"
set xlabel font ",12"
set ylabel font ",12" textcolor rgb "#333333"
set tics font ",11" textcolor rgb "#333333"
set key font ",11"

# Frame: only the left and bottom axes (border bits 1 + 2), in mid grey,
# with tics outside the plot and none mirrored on the top and right.
set border 3 linewidth 1 linecolor rgb "#888888"
set tics out nomirror scale 0.6

# Grid: faint horizontal lines to read values against; no vertical lines,
# because the dates below the axis already mark time.
set grid ytics linetype 1 linewidth 0.6 linecolor rgb "#dddddd"
set grid noxtics

# Ticks: tradestat writes them itself after this file, with their labels:
# x by the data's frequency (years, 2023-Q1, Aug 2023) and spacing, y at
# round steps with thousands separators. These formats only serve a style
# used without tradestat's ticks.
set format x "%b %Y"
unset mxtics
set format y "%.12g"

# Official series: solid lines in a muted palette (colour-blind safe, after
# Paul Tol's "muted" scheme), 2.5 times the thin line, in plot order. After eight
# series the colours repeat. The numbers below that tradestat refers to are
# named in src/report/report.h (GP_LINETYPES, GP_PT_DOT, GP_LS_CLAIM,
# GP_LS_FLAGGED, GP_LS_EARLIER): renumber them there too.
set linetype 1 linecolor rgb "#332288" linewidth 2.5 pointtype 7
set linetype 2 linecolor rgb "#117733" linewidth 2.5 pointtype 7
set linetype 3 linecolor rgb "#CC6677" linewidth 2.5 pointtype 7
set linetype 4 linecolor rgb "#88CCEE" linewidth 2.5 pointtype 7
set linetype 5 linecolor rgb "#DDCC77" linewidth 2.5 pointtype 7
set linetype 6 linecolor rgb "#AA4499" linewidth 2.5 pointtype 7
set linetype 7 linecolor rgb "#44AA99" linewidth 2.5 pointtype 7
set linetype 8 linecolor rgb "#999933" linewidth 2.5 pointtype 7
set linetype cycle 8

# Equal series (GACC's and the IMF's figures, equal for at least half the
# periods both have): each latest line drawn over others on its panel is
# widened by line_widen per line above it,
# so the first series shows as a band around the next. line_width is the
# width set above.
line_width = 2.5
line_widen = 3.5

# Claims of one period from several sources stand in a row, one place per
# source, markgap (a fraction of the chart's width) apart. tradestat sets it
# to about a marker's width on the terminal (0.022 SVG, 0.008 PNG, 0.012
# PDF), so a row of five stays within a month on a two-year monthly chart;
# a style that changes the markers' size may set it here.

# The source note at the bottom left: font (",9" = default family, 9 pt)
# and colour. tradestat sets these defaults before this file; change them here.
note_font = ",9"
note_color = "#555555"

# Claims from articles: dark points drawn over the lines; tradestat varies
# the point shape per source. Line style 100 is the look of a claim.
set style line 100 linecolor rgb "#333333" pointsize 1.4 linewidth 1

# Claims with a finding (a check disagrees with them): a large red ring
# around the point. Line style 101; ring = point type 6 (open circle).
set style line 101 linecolor rgb "#D62728" pointtype 6 pointsize 3.2 linewidth 2.5

# Legend and margins: tradestat lays them out after this file, in screen
# fractions: the legend below the plot areas in as many columns as fit
# (never beside them, where it would narrow them), the source note under it,
# one panel per unit beyond two. Key font and spacing set here still apply.
set key nobox samplen 2.5 spacing 1.3 width 1

# Breathing room: 5% of the plot height above and below the data, 2% of its
# width at each end; the x axis otherwise runs from the first to the last
# date, with no empty months rounded on at the ends.
set autoscale xfix
set offsets graph 0.02, graph 0.02, graph 0.05, graph 0.05

# Background: white, behind everything, so the SVG is not transparent.
set object 1 rectangle from screen 0,0 to screen 1,1 behind fillcolor rgb "#ffffff" fillstyle solid noborder
