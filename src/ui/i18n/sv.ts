// Swedish message catalogue: must have exactly the English keys. BC captions follow domain.md §1.
import type { MessageKey } from './en';
import { postingSv } from './posting-sv';
import { setupFieldsSv } from './setup-fields-sv';
import { stepThroughSv } from './step-through-sv';
import { reconciliationSv } from './reconciliation-sv';
import { workbenchSv } from './workbench-sv';

export const sv: Record<MessageKey, string> = {
  'app.name': 'Costbook',
  'app.tagline': 'Lagerkostnad & avstämning mot redovisning',
  'app.skipToContent': 'Hoppa till innehållet',

  'nav.label': 'Huvudmeny',
  'nav.datasets': 'Datamängder',
  'nav.setup': 'Inställningar',
  'nav.ledgers': 'Transaktioner',
  'nav.postInventoryCost': 'Bokför lagerkostnad i redov.',
  'nav.reconciliation': 'Avstämning lager – redovisning',

  'header.dataset': 'Datamängd',
  'header.noDataset': 'Ingen datamängd öppen',
  'header.language': 'Språk',

  'footer.engine': 'Motor {version}',
  'footer.engineStarting': 'Motorn startar…',
  'footer.engineFailed': 'Motorn kunde inte starta: {message}',
  'footer.online': 'Online',
  'footer.offline': 'Offline',
  'footer.offlineReady': 'Klar att arbeta offline',

  'update.available': 'En ny version av Costbook finns.',
  'update.reload': 'Ladda om',
  'update.later': 'Senare',

  'page.comingTitle': 'Det här ska sidan göra',
  'page.notFound': 'Sidan hittades inte',
  'page.notFoundBody': 'Det finns ingen sida på den här adressen.',
  'page.goToDatasets': 'Gå till Datamängder',

  'datasets.intro':
    'En datamängd innehåller ett företags inställningar och transaktioner. Datamängder sparas i webbläsaren och fungerar offline.',
  'datasets.plan.open': 'Öppna de inbyggda exempeldatamängderna för att utforska och öva',
  'datasets.plan.import':
    'Importera en datamängd från JSON- eller CSV-filer, med varje problem angivet per fil, rad och fält',
  'datasets.plan.export': 'Exportera en datamängd eller vy som JSON eller CSV',
  'datasets.plan.manage': 'Skapa, byt namn på, kopiera och ta bort datamängder',

  'setup.intro': 'Inställningarna avgör vilka redovisningskonton varje värdetransaktion bokförs på.',
  'setup.plan.accounts': 'Kontoplan',
  'setup.plan.inventoryPostingSetup': 'Lagerbokföringsinställningar',
  'setup.plan.generalPostingSetup': 'Bokföringsinställningar',
  'setup.plan.itemsLocations': 'Artiklar och lagerställen',
  'setup.plan.dimensions': 'Dimensioner',
  'setup.plan.options': 'Automatisk kostnadsbokföring och Bokför förväntad kostnad i redovisning',
  'setup.automaticCostPosting': 'Automatisk kostnadsbokföring',
  'setup.expectedCostPosting': 'Bokför förväntad kostnad i redovisning',

  'ledgers.intro': 'Bläddra i den öppna datamängdens transaktioner, filtrerade och sorterade, en miljon rader i taget.',
  'ledgers.itemLedgerEntries': 'Artikeltransaktioner',
  'ledgers.valueEntries': 'Värdetransaktioner',
  'ledgers.glEntries': 'Redovisningstransaktioner',
  'ledgers.plan.browse':
    'Artikeltransaktioner, Värdetransaktioner och Redovisningstransaktioner i snabba virtuella listor',
  'ledgers.plan.transactions': 'Bokför artikeltransaktioner som skapar artikeltransaktioner och värdetransaktioner',
  'ledgers.plan.adjustCost': 'Justera kostnad – artikeltransaktioner',

  'post.intro': 'Bokför värdetransaktionernas obokförda kostnad i redovisningen.',
  'post.plan.options':
    'Bokföringsmetod (per bokföringsmall eller per transaktion), Dokumentnr, artikel- och datumfilter',
  'post.plan.testReport': 'Bokför lagerkostnad i redovisning – test, med alla fel först',
  'post.plan.preview': 'En förhandsgranskning av redovisningstransaktionerna innan något bokförs',
  'post.plan.skipped': 'Transaktioner som hoppats över, var och en med sin orsak',

  'reconciliation.intro':
    'Jämför vad värdetransaktionerna säger att varje lagerkonto ska innehålla med vad redovisningen visar.',
  'reconciliation.showMatrix': 'Visa matris',
  'reconciliation.showWarning': 'Visa varning',
  'reconciliation.plan.matrix': 'Matrisen: Lager, Lager (interim), PIA-lager, KSV med flera',
  'reconciliation.plan.totals': 'Summa, Redovisningssumma och Differens för varje kontotyp',
  'reconciliation.plan.warnings': 'En Varning som förklarar varje differens, med belopp',
  'reconciliation.plan.drillDown':
    'Gå från valfri siffra till transaktionerna bakom den; filtrera på datum, artikel och lagerställe',
  ...workbenchSv,
  ...reconciliationSv,
  ...postingSv,
  ...setupFieldsSv,
  ...stepThroughSv,
};
