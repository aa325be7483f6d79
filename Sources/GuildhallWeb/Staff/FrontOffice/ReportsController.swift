import GuildhallCore
import Vapor

enum ReportsController {
    static func compliance(req: Request) async throws -> Response {
        ReportPages.compliance(await req.page("Customer service standards"), try await complianceModel(req)).response()
    }

    static func complianceCSV(req: Request) async throws -> Response {
        let model = try await complianceModel(req)
        return Responses.document(try ReportPages.complianceCSV(model), type: "text/csv; charset=utf-8",
                                  filename: "compliance-\(model.period.from)-to-\(model.period.to).csv")
    }

    static func takeUp(req: Request) async throws -> Response {
        let staff = try req.staff
        let period = try ReportPeriod(req)
        let takeUp = try await TakeUp.make(in: staff.organisationID, from: period.from, to: period.to, on: req.db)
        return ReportPages.takeUp(await req.page("Take-up by channel"), period: period, takeUp: takeUp).response()
    }

    private static func complianceModel(_ req: Request) async throws -> ReportPages.Compliance {
        let staff = try req.staff
        let period = try ReportPeriod(req)
        let standards = try await StandardsRegister.standards(for: staff.organisationID, on: req.db)
        return ReportPages.Compliance(
            period: period, report: try await ComplianceReport.make(in: staff.organisationID, from: period.from, to: period.to, on: req.db),
            waits: try await SiteRegister.waits(in: staff.organisationID, from: period.from, to: period.to, standardMinutes: standards.waitMinutes, on: req.db),
            waitMinutes: standards.waitMinutes,
            satisfaction: try await SatisfactionRegister.tallies(in: staff.organisationID, from: period.from, to: period.to, on: req.db),
            canManage: staff.may(.manageStandards))
    }
}
