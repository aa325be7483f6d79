-- Posts an Open311 service request, as FixMyStreet does, with the key in OPEN311_KEY.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "jurisdiction_id=wyvern-vale&service_code=report-a-pothole&attribute%5Bdepth%5D=deep&attribute%5Bwhere%5D=carriageway"
  .. "&first_name=Bench&last_name=Client&lat=52.586214&long=-2.129821"
  .. "&description=title%3A+Benchmark%0D%0A%0D%0Adetail%3A+Posted+by+wrk&api_key=" .. os.getenv("OPEN311_KEY")
