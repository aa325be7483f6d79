import Foundation
import Plot

/// Charts drawn on the server as SVG. Each has a title and a description for assistive
/// technology, and every page that shows one also shows the same figures as a table.
enum Charts {
    struct Bar {
        var label: String
        var percent: Double?
    }

    /// Horizontal bars from 0 to 100%, one per row; rows with no figure say so.
    static func bars(id: String, title: String, description: String, _ bars: [Bar]) -> Node<HTML.BodyContext> {
        let width = 800.0, labelWidth = 330.0, rowHeight = 30.0, top = 10.0
        let plotWidth = width - labelWidth - 70
        let height = top + rowHeight * Double(bars.count) + 30
        return svg(id: id, title: title, description: description, width: width, height: height,
            .group(stride(from: 0.0, through: 100.0, by: 25.0).map { tick in
                let x = labelWidth + plotWidth * tick / 100
                return .group(
                    line(x1: x, y1: top - 4, x2: x, y2: height - 26, className: "chart__grid"),
                    text(x: x, y: height - 8, "\(Int(tick))%", anchor: "middle", className: "chart__axis"))
            }),
            .group(bars.enumerated().map { index, bar in
                let y = top + rowHeight * Double(index)
                let label = bar.label.count > 46 ? String(bar.label.prefix(45)) + "…" : bar.label
                return .group(
                    text(x: labelWidth - 8, y: y + rowHeight / 2 + 5, label, anchor: "end", className: "chart__label"),
                    bar.percent.map { percent in
                        .group(
                            .el("rect", .attr("x", format(labelWidth)), .attr("y", format(y + 5)),
                                .attr("width", format(max(plotWidth * percent / 100, 1))), .attr("height", format(rowHeight - 10)),
                                .class("chart__bar")),
                            text(x: labelWidth + plotWidth * percent / 100 + 6, y: y + rowHeight / 2 + 5, Format.percent(percent), anchor: "start", className: "chart__value"))
                    } ?? text(x: labelWidth + 6, y: y + rowHeight / 2 + 5, "no figure", anchor: "start", className: "chart__value"))
            })
        )
    }

    struct Series {
        var name: String
        var className: String
        var values: [Double?]
    }

    /// Lines over months from 0 to 100%, with a marker at `marker` (today, usually).
    static func lines(id: String, title: String, description: String, months: [String], series: [Series], marker: Int?) -> Node<HTML.BodyContext> {
        let width = 800.0, height = 380.0, left = 52.0, right = 16.0, top = 14.0, bottom = 80.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let step = months.count > 1 ? plotWidth / Double(months.count - 1) : 0
        func x(_ index: Int) -> Double { left + step * Double(index) }
        func y(_ percent: Double) -> Double { top + plotHeight * (1 - percent / 100) }
        let axis = height - bottom
        let labels = monthLabels(months, at: x, within: left...(width - right))
        return svg(id: id, title: title, description: description, width: width, height: height,
            .group(stride(from: 0.0, through: 100.0, by: 25.0).map { tick in
                .group(line(x1: left, y1: y(tick), x2: width - right, y2: y(tick), className: "chart__grid"),
                       text(x: left - 8, y: y(tick) + 5, "\(Int(tick))%", anchor: "end", className: "chart__axis"))
            }),
            .group(labels.map { label in
                text(x: label.x, y: axis + 22, label.text, anchor: label.anchor.rawValue, className: "chart__axis chart__month")
            }),
            // "Today" has a row of its own under the months, so it can never cover one of them.
            .unwrap(marker) { index in
                let today = AxisLabel(text: "Today", x: x(index), within: left...(width - right))
                return .group(line(x1: x(index), y1: top, x2: x(index), y2: axis + 4, className: "chart__marker"),
                              text(x: today.x, y: axis + 42, today.text, anchor: today.anchor.rawValue, className: "chart__axis"))
            },
            .group(series.map { series in
                let points = series.values.enumerated().compactMap { index, value in value.map { "\(format(x(index))),\(format(y($0)))" } }
                return points.isEmpty ? .empty : .el("polyline", .attr("points", points.joined(separator: " ")), .class("chart__line \(series.className)"))
            }),
            .group(series.enumerated().map { index, series in
                let lx = left + Double(index) * 190
                return .group(
                    line(x1: lx, y1: height - 22, x2: lx + 36, y2: height - 22, className: "chart__line \(series.className)"),
                    text(x: lx + 44, y: height - 17, series.name, anchor: "start", className: "chart__label"))
            })
        )
    }

    /// A label on the x axis, anchored so that it stays inside the plot.
    struct AxisLabel {
        enum Anchor: String {
            case start, middle, end
        }

        /// A generous width for a character of the axis's 14px type, so estimates err on the wide side.
        static let characterWidth = 8.5

        var text: String
        var x: Double
        var anchor: Anchor

        init(text: String, x: Double, within bounds: ClosedRange<Double>) {
            let half = Double(text.count) * Self.characterWidth / 2
            self.text = text
            self.x = x
            anchor = x - half < bounds.lowerBound ? .start : x + half > bounds.upperBound ? .end : .middle
        }

        /// Where the label is drawn, from its left edge to its right.
        var extent: ClosedRange<Double> {
            let width = Double(text.count) * Self.characterWidth
            return switch anchor {
            case .start: x...(x + width)
            case .middle: (x - width / 2)...(x + width / 2)
            case .end: (x - width)...x
            }
        }
    }

    /// The months to label: always the latest, then back from it each month whose label clears
    /// the one after it by a gap, so no two labels overlap at any range.
    static func monthLabels(_ months: [String], at x: (Int) -> Double, within bounds: ClosedRange<Double>) -> [AxisLabel] {
        let gap = 16.0
        var labels: [AxisLabel] = []
        for index in months.indices.reversed() {
            let label = AxisLabel(text: months[index], x: x(index), within: bounds)
            if let next = labels.last, label.extent.upperBound + gap > next.extent.lowerBound { continue }
            labels.append(label)
        }
        return labels.reversed()
    }

    private static func svg(id: String, title: String, description: String, width: Double, height: Double, _ content: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .el("svg",
            .class("chart"), .attr("viewBox", "0 0 \(format(width)) \(format(height))"), .attr("role", "img"),
            .attr("aria-labelledby", "\(id)-title \(id)-desc"), .attr("focusable", "false"),
            .el("title", .attr("id", "\(id)-title"), .plain(title)),
            .el("desc", .attr("id", "\(id)-desc"), .plain(description)),
            .group(content))
    }

    private static func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) -> Node<HTML.BodyContext> {
        .el("line", .attr("x1", format(x1)), .attr("y1", format(y1)), .attr("x2", format(x2)), .attr("y2", format(y2)), .class(className))
    }

    private static func text(x: Double, y: Double, _ content: String, anchor: String, className: String) -> Node<HTML.BodyContext> {
        .el("text", .attr("x", format(x)), .attr("y", format(y)), .attr("text-anchor", anchor), .class(className), .plain(content))
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
