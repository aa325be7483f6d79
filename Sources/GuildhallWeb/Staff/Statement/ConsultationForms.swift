import Vapor

/// What the consultation and decision forms send, from a page or through the API.
enum ConsultationForms {
    struct Opening: Content {
        var body: String?
        var meetingOn: String?
    }

    struct Commenting: Content {
        var section: String?
        var text: String?
    }

    struct Disposing: Content {
        var disposition: String?
        var response: String?
    }

    struct Deciding: Content {
        var body: String?
        var outcome: String?
        var decidedOn: String?
        var minute: String?
        var delegatedTo: String?
    }
}
