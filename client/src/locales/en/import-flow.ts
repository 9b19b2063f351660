export const importFlow = {
  kinds: {
    legend: 'Kind of file',
    assessments: 'Assessments CSV (wide format)',
    assessmentsHelp:
      'One row per assessment, as {download} writes it. {missionId} and {period} say which assessment a row is: a new period creates a draft, an existing draft is updated. Scores, completeness, status and {updatedAt} are worked out again and ignored.',
    assessmentsLocked: 'Submitted and approved assessments cannot change; an admin must reopen them first.',
    ucdp: 'UCDP GED event CSV',
    ucdpHelp:
      'Real conflict-event data, one row per event. Events are matched to every active mission by {country} (and {adm1} when the mission names areas) and counted in the mission’s period (quarter or month) of {dateStart}:',
    eachEvent: 'each event',
    sumOf: 'sum of {column}',
    becomes: 'becomes',
    ucdpZeros:
      'Only the periods the file covers whole change: the months of its first and last event, or the dates you give. Within them a period without events is a measured 0. Approved and submitted periods are listed, never changed. Values are marked as coming from UCDP GED.',
  },
  panel: {
    validRowsOnly: 'Import the valid rows only',
    validRowsOnlyHint:
      'Rows with problems are left out and offered as a CSV with the reason for each, to correct and import again. Without this, one problem stops the whole file.',
    noteValidOnly: {
      one: 'Ready: the import will create {created} and update {updated} assessments; {count} row with problems will be left out.',
      other:
        'Ready: the import will create {created} and update {updated} assessments; {count} rows with problems will be left out.',
    },
    fileLegend: 'File to import',
    file: 'CSV file',
    fileHint: 'UTF-8 with a header row, up to {size}. Nothing is written until you choose Import.',
    chooseFile: 'Choose a CSV file to check',
    fileTooLarge: 'This file is {size}; the server accepts files up to {max}. Split it by mission or by period.',
    check: 'Check file (dry run)',
    checking: 'Checking…',
    import: 'Import',
    importing: 'Importing…',
    nothingImported: 'Nothing was imported',
    notChecked: 'The file could not be checked',
    dryRunOf: 'Dry run of {file}',
    theFile: 'the file',
    finished: 'Import finished',
    noteWaiting: 'Import is available once a dry run of the file finds no problems.',
    noteFix: 'Fix the problems listed below, then check the file again.',
    noteNothing: 'Nothing to import: every row matches what is already stored.',
    noteReady: 'Ready: the import will create {created} and update {updated} assessments, all at once.',
    refusedNote:
      'The server found problems the dry run did not: the stored data may have changed since. Fix them and check the file again.',
    another: 'To import another file, choose it above and check it first.',
  },
  announce: {
    uploading: 'Uploading {file}…',
    uploadingDryRun: 'Uploading {file} for a dry run…',
    processing: 'Upload complete. Processing…',
    dryRunDone: 'Dry run finished. {result}',
    cancelled: 'The upload was cancelled.',
    cancelledNothing: 'The upload was cancelled; nothing was imported.',
  },
  progress: {
    uploading: 'Uploading {file}',
    percent: '{percent} %',
    loaded: '{loaded} of {total}',
    processing: 'Processing…',
    reading: 'The server is reading and checking every row.',
  },
  facts: {
    events: 'Events in the file: {countries}.',
    eventsSpan: 'Events in the file: {countries}, from {first} to {last}.',
    eventsIn: '{count} in {country}',
    separator: '; ',
    openMissions: 'Open the missions to see the imported values:',
    missionsCovered: 'Missions this import would change:',
    noMission: 'No active mission is in a country this file covers, so it would change nothing.',
  },
  result: {
    rows: 'Rows read',
    willCreate: 'Will create',
    created: 'Created',
    willUpdate: 'Will update',
    updated: 'Updated',
    unchanged: 'Unchanged',
    refused: 'Refused',
    problems: 'Problems in the file ({count})',
    row: 'Row',
    file: 'File',
    column: 'Column',
    problem: 'Problem',
    readCommas: 'Read as comma-separated values.',
    readSemicolons:
      'Read as semicolon-separated values (as Excel saves in French): decimal commas such as 12,5 were read as 12.5.',
  },
  rejected: {
    willLeaveOut: {
      one: '{count} row will be left out. Download it with the reason in a last column, correct it and import it again:',
      other:
        '{count} rows will be left out. Download them with the reason for each in a last column, correct them and import them again:',
    },
    leftOut: {
      one: '{count} row was left out. Download it with the reason in a last column, correct it and import it again:',
      other:
        '{count} rows were left out. Download them with the reason for each in a last column, correct them and import them again:',
    },
    download: 'Download the rejected rows (CSV)',
  },
  describe: {
    willLeaveOut: {
      one: 'With the valid rows only, {count} row with problems will be left out; nothing has been written yet.',
      other: 'With the valid rows only, {count} rows with problems will be left out; nothing has been written yet.',
    },
    leftOut: {
      one: '{count} row with problems was left out.',
      other: '{count} rows with problems were left out.',
    },
    dryRun: {
      one: '{count} row read: will create {created}, will update {updated}, unchanged {unchanged}, refused {refused}.',
      other:
        '{count} rows read: will create {created}, will update {updated}, unchanged {unchanged}, refused {refused}.',
    },
    toFix: {
      one: '{count} problem to fix before the file can be imported; nothing has been written.',
      other: '{count} problems to fix before the file can be imported; nothing has been written.',
    },
    nothingYet: 'Nothing has been written yet.',
    refused: {
      one: 'Nothing was imported: {count} problem in the file.',
      other: 'Nothing was imported: {count} problems in the file.',
    },
    imported: {
      one: 'Imported {count} row: created {created}, updated {updated}, unchanged {unchanged}.',
      other: 'Imported {count} rows: created {created}, updated {updated}, unchanged {unchanged}.',
    },
  },
  errors: {
    tooLarge:
      'The file is too large: the server accepts files up to {max}. Split it by mission or by period and import the parts one after another.',
    sessionEnded: 'Your session has ended. Sign in again and repeat the import.',
    notCsv: 'The server could not read the file as CSV.',
    answered: 'The server answered {status}; nothing was imported.',
    notResult: 'The server answered with something that is not an import result.',
    network: 'The upload did not reach the server, or the connection broke off. Check your connection and try again.',
  },
  ged: {
    coverageFile: 'The file covers {from} to {to}: the months of its first and last event.',
    coverageGiven: 'The file covers {from} to {to}, as you gave.',
    version: 'GED version {version}.',
    noVersion: 'GED version not named.',
    duplicates: {
      one: '{count} row repeated an event id already read and was counted once ({events} events).',
      other: '{count} rows repeated event ids already read and were counted once ({events} events).',
    },
    missionSpan: {
      one: 'takes the periods {first} to {last}; {count} is unchanged.',
      other: 'takes the periods {first} to {last}; {count} are unchanged.',
    },
    seriesSpan: {
      one: 'Its event series takes {count} period, {first} to {last}, before and after the mission’s dates alike.',
      other: 'Its event series takes {count} periods, {first} to {last}, before and after the mission’s dates alike.',
    },
    missionNone: 'has no period the file covers whole within its life, so it is left as it is.',
    caption: '{mission}: periods the import changes or leaves',
    period: 'Period',
    change: 'Change',
    willCreate: 'Will create',
    created: 'Created',
    willUpdate: 'Will update the draft',
    updated: 'Draft updated',
    keptApproved: 'Approved: left as it is',
    keptSubmitted: 'Submitted: left as it is',
    untouched: 'Untouched, the file holding no event in their country: {missions}.',
    release: 'GED release',
    versionLabel: 'GED version',
    versionHint: 'Read from the file name when it carries one, such as GEDEvent_v25_1.csv.',
    from: 'Complete from',
    to: 'Complete to',
    spanHint:
      'Leave empty: the file covers the months of its first and last event. Give the dates when it is complete for longer, as a yearly release is.',
  },
  megabytes: '{size} MB',
};
