import Foundation

/// GeoReport v2's answers, as Codable structs: XMLCoder writes them as XML and JSONEncoder as
/// JSON, with the spec's element names. Optional values that are nil are left out.
enum GeoReport {
    struct Discovery: Encodable {
        struct Endpoint: Encodable {
            var specification: String
            var url: String
            var changeset: String
            var type: String
            var formats: Open311List<String>
        }

        var changeset: String
        var contact: String
        var key_service: String
        var endpoints: Open311List<Endpoint>
    }

    struct Service: Encodable {
        var service_code: String
        var service_name: String
        var description: String
        var metadata: Bool
        var type: String
        var keywords: String
        var group: String
    }

    struct Attribute: Encodable {
        struct Value: Encodable {
            var key: String
            var name: String
        }

        var variable: Bool
        var code: String
        var datatype: String
        var required: Bool
        var datatype_description: String
        var order: Int
        var description: String
        var values: Open311List<Value>?
    }

    struct ServiceDefinition: Encodable {
        var service_code: String
        var attributes: Open311List<Attribute>
    }

    struct ServiceRequest: Encodable {
        var service_request_id: String
        var status: String
        var status_notes: String?
        var service_name: String
        var service_code: String
        var description: String
        var agency_responsible: String
        var service_notice: String?
        var requested_datetime: String
        var updated_datetime: String
        var expected_datetime: String?
        var address: String?
        var zipcode: String?
        var lat: Double?
        var long: Double?
    }

    /// What a POST of a request answers: its id, and what happens next.
    struct CreatedRequest: Encodable {
        var service_request_id: String
        var service_notice: String
    }

    struct Token: Encodable {
        var service_request_id: String
        var token: String
    }

    struct RequestUpdate: Encodable {
        var update_id: String
        var service_request_id: String
        var status: String
        var updated_datetime: String
        var description: String
    }

    struct CreatedUpdate: Encodable {
        var update_id: String
    }
}
