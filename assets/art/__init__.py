"""Drawing code for the Bluehelm art assets (entry point: ``assets/generate.py``).

Modules, from the bottom up:

- ``core``: colour and geometry helpers, the supersampled ``Canvas``, ``save``
- ``emblems``: UN lettering, the UN-style emblem, the made-up NGO logo
- ``land``: sky, clouds, hills, ground, roads and the ground-plane ``Camera``
- ``solids``: boxes, gabled tents and roof slabs projected through the camera, lit by the sun
- scene elements: ``plants``, ``people``, ``animals``, ``vehicles``, ``buildings`` (houses, stalls,
  checkpoints, flags), ``camp`` (fences, tents, shelters, distribution goods), ``village``
  (mud-brick houses, huts, granaries, a mosque, fires, water points, graves), ``props``
- portraits: ``face`` (``Look`` and the face), ``clothes``, ``headwear``, ``accessories``
  (things held, binoculars, a baby on the back, wet clothes, a headset), ``portraits``
- ``cast``: the ``Look`` of every portrait, by file name
- ``scenes_*``: one function per background, grouped by scenario
"""
