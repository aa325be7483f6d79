import Foundation
@testable import GuildhallWeb
import Plot
import Testing

@Suite("Charts")
struct ChartTests {
    struct DrawnLabel {
        var text: String
        var x: Double
        var y: Double
        var anchor: String

        /// A width per character wider than the type's, so the check is stricter than the drawing.
        var extent: ClosedRange<Double> {
            let width = Double(text.count) * 9
            return switch anchor {
            case "start": x...(x + width)
            case "end": (x - width)...x
            default: (x - width / 2)...(x + width / 2)
            }
        }
    }

    static func axisLabels(months count: Int, marker: Int?) -> [DrawnLabel] {
        let months = (0..<count).map { index in
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][index % 12] + " \(2001 + index / 12)"
        }
        let svg = Node<HTML.BodyContext>.div(Charts.lines(
            id: "chart", title: "Trajectory", description: "Test", months: months,
            series: [.init(name: "Actual", className: "chart__line--actual", values: months.map { _ in 50 })], marker: marker)).render()
        let pattern = #"<text x="([0-9.]+)" y="([0-9.]+)" text-anchor="(\w+)" class="chart__axis[^"]*">([^<]+)</text>"#
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { match in
            func group(_ index: Int) -> String { String(svg[Range(match.range(at: index), in: svg)!]) }
            guard !group(4).hasSuffix("%") else { return nil }
            return DrawnLabel(text: group(4), x: Double(group(1))!, y: Double(group(2))!, anchor: group(3))
        }
    }

    @Test("No two x-axis labels of the trajectory overlap, at any range from one month to ten years", arguments: Array(1...120))
    func labelsNeverOverlap(months: Int) {
        for marker in [nil, 0, months / 2, months - 1] {
            let labels = Self.axisLabels(months: months, marker: marker)
            for (index, label) in labels.enumerated() {
                for other in labels[(index + 1)...] where other.y == label.y {
                    #expect(!label.extent.overlaps(other.extent), "\(label.text) overlaps \(other.text) with \(months) months")
                }
                #expect(label.extent.lowerBound >= 0 && label.extent.upperBound <= 800, "\(label.text) runs off the chart")
            }
            let monthLabels = labels.filter { $0.text != "Today" }
            #expect(monthLabels.last?.text.hasSuffix(String(2001 + (months - 1) / 12)) == true, "the latest month is labelled")
            #expect(monthLabels.count >= min(months, 4))
            #expect(labels.contains { $0.text == "Today" } == (marker != nil))
        }
    }
}
