/** The studio's printable label sheet (merged into `en`). */
export const enLabels = {
  'labels.title': 'Print labels',
  'labels.heading': 'Labels for {name}',
  'labels.link': 'Print labels',
  'labels.back': 'Back to {name}',
  'labels.loading': 'Loading the product and the server address…',
  'labels.form': 'Label sheet',
  'labels.paper': 'Paper',
  'labels.paper.a4': 'A4 (210 × 297 mm)',
  'labels.paper.letter': 'US Letter (8.5 × 11 in)',
  'labels.count': 'Number of labels',
  'labels.first': 'First serial',
  'labels.firstHint': 'The trailing digits count up, keeping their zeros: SN-000123, SN-000124, …',
  'labels.size': 'QR code side (mm)',
  'labels.sizeHint':
    'The module grid, quiet zone excluded. Use the size declared in the product’s label pose, so AR alignment measures the real label.',
  'labels.sizeDeclared':
    'QR code side: {size} mm, from the product’s label pose (the module grid, quiet zone excluded).',
  'labels.print': 'Print',
  'labels.printHint':
    'Print at 100% scale (“Actual size”), without “Fit to page”, so the codes keep their size.',
  'labels.summary':
    '{count, plural, one {# label} other {# labels}} on {pages, plural, one {# page} other {# pages}} ({perPage} per page), {first} to {last}',
  'labels.encodes': 'Codes open {url}',
  'labels.preview': 'Preview',
  'labels.pageN': 'Page {page} of {pages}',
  'labels.qrAlt': 'QR code for {url}',
  'labels.model': 'Model {model}',
  'labels.serial': 'S/N {serial}',
  'labels.smallModules':
    'Each module is {module} mm: below 0.5 mm phone cameras read the code poorly. Choose a larger size.',
  'labels.err.first.empty': 'Enter the first serial, e.g. SN-000123.',
  'labels.err.first.noDigits': 'The serial must end in digits to count from, e.g. SN-000123.',
  'labels.err.first.characters':
    'Use letters, digits, spaces and . _ / - only, starting with a letter or digit.',
  'labels.err.first.tooLong': 'The serials would be longer than {max} characters.',
  'labels.err.count.notWhole': 'Enter a whole number of labels.',
  'labels.err.count.tooFew': 'Print at least one label.',
  'labels.err.count.tooMany': 'At most {max} labels per sheet; print the rest as another sheet.',
  'labels.err.size': 'Enter a size between {min} and {max} mm.',
  'labels.err.fit':
    'A {size} mm code with its quiet zone and text does not fit on a {paper} page; choose a smaller size.',
  'labels.noUrl.heading': 'Set the public address before printing labels',
  'labels.noUrl.body':
    'A label’s QR code carries the address customers’ phones open, and this server has none configured. Set PUBLIC_URL in the server’s environment to the address customers reach Fixpoint at, and restart the server:',
  'labels.noUrl.example': 'PUBLIC_URL=https://repairs.your-company.com',
  'labels.refused.heading': 'This public address cannot go on a label',
  'labels.refused.loopback':
    'PUBLIC_URL is {url}, but {host} means “this computer”: a phone that scans the label would look for Fixpoint on itself and fail. Set PUBLIC_URL to an address phones can reach and restart the server:',
  'labels.refused.placeholder':
    'PUBLIC_URL is {url}, but {host} is a reserved placeholder name that no phone can open. Set PUBLIC_URL to your real address and restart the server:',
  'labels.refused.path':
    'PUBLIC_URL is {url}, but labels need the site’s root address (no path, query or fragment): Fixpoint answers /p/<product> there. Set PUBLIC_URL to the root and restart the server:',
  'labels.refused.protocol':
    'PUBLIC_URL is {url}, which is not an http or https address. Set PUBLIC_URL to one and restart the server:',
  'labels.refused.invalid':
    'PUBLIC_URL is {url}, which is not a valid address. Set it and restart the server:',
  'labels.lan.offer':
    'For a test print on the shop floor, this server also answers on the local network at {url} (it runs with --https). Labels printed with it only work on this network while this server runs.',
  'labels.lan.use': 'Use {url} for a test print',
  'labels.lan.using':
    'Test print: these labels open {url}, which only works on this network while this server runs with --https. Set PUBLIC_URL for labels that go on products.',
  'labels.lan.stop': 'Stop using the LAN address',
} as const
