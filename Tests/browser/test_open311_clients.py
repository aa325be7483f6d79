"""Open311 clients that other people wrote, run against the demo as they would run against any
council: the `georeport` package from PyPI, in JSON and in XML. (Its version 0.3.1 only reads;
it has no way to post a request.)"""

from datetime import datetime, timedelta, timezone

from georeport import GeoReport


def _client(server_url, output_format):
    return GeoReport(server_url + "/open311/v2/", jurisdiction="wyvern-vale", output_format=output_format)


def test_georeport_lists_services_and_reads_a_definition(server_url):
    for output_format in ("json", "xml"):
        client = _client(server_url, output_format)
        services = client.get_service_list()
        codes = {service["service_code"] for service in services}
        assert {"report-a-pothole", "report-a-missed-bin", "library-membership"} <= codes, output_format
        definition = client.get_service_definition("report-a-pothole")
        attributes = definition["attributes"]
        if output_format == "xml":
            attributes = attributes["attribute"]
        assert [attribute["code"] for attribute in attributes] == ["depth", "where"], output_format


def test_georeport_reads_a_request_by_id_and_by_filter(server_url):
    for output_format in ("json", "xml"):
        client = _client(server_url, output_format)
        now = datetime.now(timezone.utc)
        found = client.get_service_requests(service_code="report-a-pothole", status="open",
                                            start_date=(now - timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                            end_date=now.strftime("%Y-%m-%dT%H:%M:%SZ"))
        if isinstance(found, dict):  # xmltodict gives one request as itself rather than a list
            found = [found]
        assert found, output_format
        assert all(request["service_code"] == "report-a-pothole" and request["status"] == "open" for request in found)
        reference = found[0]["service_request_id"]
        one = client.get_service_request(reference)
        assert one["service_request_id"] == reference
        assert one["service_name"] == "Report a pothole"
