import FluentKit

/// Every migration of the domain, in the order it must run.
public enum GuildhallMigrations {
    public static let all: [any Migration] = [
        CreateSettings(),
        CreateOrganisations(),
        CreateDivisions(),
        CreateUsers(),
        CreateRoleGrants(),
        CreateAPITokens(),
        CreateAuditEntries(),
        CreateServices(),
        CreateInteractions(),
        CreateLGSLServices(),
        CreatePerformanceTargets(),
        CreateSnapshots(),
        CreatePendingImports(),
        CreateStatements(),
        CreateStatementSections(),
        CreateSectionRevisions(),
        CreateConsultationTables(),
        AddDecisionRecordedAt(),
        CreateSubmissions(),
        CreateBankHolidays(),
        CreateStandardsAndSites(),
        CreateResidents(),
        CreateCasesAndContacts(),
        CreateComplianceTallies(),
        CreateOnlineForms(),
        CreateOpen311Keys(),
        AddRequestDetailsToCases(),
        AddContactDetailsToOrganisations(),
        CreateRequestLimits(),
        CreateLinkChecks(),
        AddVerifiedToSubmissions(),
        CreateHubVersion(),
    ]
}
