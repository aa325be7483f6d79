import GuildhallCore
import Vapor

/// The one question a resident is sent when their case is closed.
enum SatisfactionController {
    static func show(req: Request) async throws -> Response {
        let (reference, survey) = try await find(req)
        return SatisfactionPages.question(await req.formPage("Were you satisfied?"), reference: reference, token: try token(req),
                                          answer: survey.satisfied).response()
    }

    static func answer(req: Request) async throws -> Response {
        let (reference, survey) = try await find(req)
        let answer = (try? req.content.get(String.self, at: "satisfied")).flatMap { ["yes": true, "no": false][$0] }
        guard let answer else {
            let errors = FieldErrors(field: "satisfied", "Choose yes or no")
            return SatisfactionPages.question(await req.formPage("Were you satisfied?", errors: errors), reference: reference, token: try token(req),
                                              answer: nil).response(.unprocessableEntity)
        }
        try await SatisfactionRegister.answer(survey, satisfied: answer, at: req.now, on: req.db)
        return SatisfactionPages.thanks(await req.page("Thank you"), reference: reference).response()
    }

    private static func token(_ req: Request) throws -> String {
        guard let token = req.parameters.get(.surveyToken) else { throw Abort(.notFound) }
        return token
    }

    private static func find(_ req: Request) async throws -> (String, SatisfactionSurvey) {
        guard let reference = req.parameters.get(.caseReference),
              let survey = try await SatisfactionRegister.find(token: try token(req), reference: reference, on: req.db)
        else { throw Abort(.notFound) }
        return (CaseReference.normalise(reference), survey)
    }
}
