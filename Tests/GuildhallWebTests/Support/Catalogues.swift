import Foundation
import GuildhallCore
@testable import GuildhallWeb
import Vapor

/// A small catalogue to test against, as of the test clock's day (4 November 2003).
enum Catalogues {
    static let small = """
        lgsl,service,division,interaction,applicable,channels,e_enabled_on,target_on
        57,Council Tax,Revenues,2,yes,web,2003-01-01,
        57,Council Tax,Revenues,8,yes,telephone,,2003-10-01
        ,Housing advice,Housing,1,yes,web;email,2002-06-01,
        ,Housing advice,Housing,6,yes,post,,2003-11-20
        ,Housing advice,Housing,4,no,,,
        ,Planning applications,Planning,6,yes,face-to-face,,2004-03-31
        ,Planning applications,Planning,1,yes,web,2004-01-10,

        """

    /// Services with customer service standards, for the front office.
    static let frontOffice = """
        service,division,interaction,applicable,channels,e_enabled_on,standard_days,evidence_url
        Missed bin collection,Environmental Services,9,yes,web;telephone,2003-01-01,2,https://wyvern.example/bins
        Missed bin collection,Environmental Services,1,yes,web,2003-01-01,,
        Pothole,Highways,9,yes,telephone,,10,

        """

    @discardableResult
    static func load(_ app: Application, into organisation: Organisation, _ file: String = small) async throws -> ImportSummary {
        try await ImportRegister.apply(file, to: organisation.requireID(), by: .commandLine, at: Date(), on: app.db)
    }
}

typealias ImportSummary = ImportRegister.Summary
