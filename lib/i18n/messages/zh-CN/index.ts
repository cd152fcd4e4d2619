/** One file per namespace, so features add their messages without touching each other's. */
import Meta from "./meta.json";
import Header from "./header.json";
import LanguageSwitch from "./language-switch.json";
import SignOut from "./sign-out.json";
import SignIn from "./sign-in.json";
import Account from "./account.json";
import Password from "./password.json";
import NotFound from "./not-found.json";
import Dashboard from "./dashboard.json";
import Methodology from "./methodology.json";
import Trends from "./trends.json";
import Review from "./review.json";
import Import from "./import.json";
import Admin from "./admin.json";
import Entry from "./entry.json";
import PublicSite from "./public-site.json";
import PublicOverview from "./public-overview.json";
import PublicReport from "./public-report.json";
import PublicReview2019 from "./public-review-2019.json";
import PublicProjects from "./public-projects.json";
import OpenData from "./open-data.json";
import ApiDocs from "./api-docs.json";
import Feed from "./feed.json";
import PublicIndicator from "./public-indicator.json";

const messages = { Meta, Header, LanguageSwitch, SignOut, SignIn, Account, Password, NotFound, Dashboard, Methodology, Trends, Review, Import, Admin, Entry, PublicSite, PublicOverview, PublicReport, PublicReview2019, PublicProjects, OpenData, ApiDocs, Feed, PublicIndicator };

export default messages;
